/**
 * Spreadsheet formula injection: a cell whose text starts with =, +, -, @, a tab or a carriage
 * return is a formula to Excel and LibreOffice when typed, imported from CSV or re-edited. Every
 * text a report writes passes here, in both writers:
 * - XLSX writes it as a plain string value (never { formula }) and, when it looks like a formula,
 *   formats the cell as text ("@"), so editing it in Excel keeps it text;
 * - CSV has no types, so the text is prefixed with a single quote, which spreadsheet programs read
 *   as "this is text" (OWASP's advice for CSV injection).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Control characters XML 1.0 cannot carry (a stray one would make the XLSX unreadable); tab, LF, CR stay. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are removed
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

interface SafeText {
  text: string;
  /** True when the original text would be read as a formula. */
  formulaLike: boolean;
}

export function safeCellText(raw: string): SafeText {
  return { text: raw.normalize('NFC').replace(XML_INVALID, ''), formulaLike: FORMULA_START.test(raw) };
}

/** The CSV form: formula-like text gets the quote prefix. */
export function csvCellText(raw: string): string {
  const { text, formulaLike } = safeCellText(raw);
  return formulaLike ? `'${text}` : text;
}
