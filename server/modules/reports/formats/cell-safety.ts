import { safeText } from '../../../rendering/safe-text.js';

/**
 * Spreadsheet formula injection: a cell whose text starts with =, +, -, @, a tab or a carriage
 * return is a formula to Excel and LibreOffice when typed, imported from CSV or re-edited. Every
 * text a report writes passes here, in both writers:
 * - XLSX writes it as a plain string value (never { formula }) and, when it looks like a formula,
 *   formats the cell as text ("@"), so editing it in Excel keeps it text;
 * - CSV has no types, so the text is prefixed with a single quote, which spreadsheet programs read
 *   as "this is text" (OWASP's advice for CSV injection).
 *
 * Normalise first, check after: the check runs on the text as it is written, so a character removed
 * by normalisation cannot hide a formula behind it. Spreadsheets also skip whitespace and invisible
 * characters before a formula and read full-width ＝＋－＠ as their ASCII forms: the check does too.
 */

/** Invisible controls and format characters (C0, DEL, C1, zero-width, bidi, BOM); tab and LF stay. */
const INVISIBLE = /(?![\t\n\u200C\u200D])[\p{Cc}\p{Cf}\uFFFE\uFFFF]/gu;
/**
 * Whitespace and invisible characters a spreadsheet skips, then the character that starts a formula.
 * Tab, CR and LF are in the skipped set and are triggers themselves: the class backtracks to them.
 */
const FORMULA_START = /^[\s\p{Cc}\p{Cf}]*[=+\-@\u2212\t\r\n]/u;

interface SafeText {
  text: string;
  /** True when the text as written would be read as a formula. */
  formulaLike: boolean;
}

export function safeCellText(raw: string): SafeText {
  // The documents' normalisation (NFC, line breaks, XML-invalid and bidi controls), then every other
  // invisible character a reader cannot see.
  const text = safeText(raw).replace(INVISIBLE, '');
  // NFKC folds full-width and small forms (＝, ﹦, ＋, ...) into the ASCII characters spreadsheets read.
  return { text, formulaLike: FORMULA_START.test(text.normalize('NFKC')) };
}

/** The CSV form: formula-like text gets the quote prefix. */
export function csvCellText(raw: string): string {
  const { text, formulaLike } = safeCellText(raw);
  return formulaLike ? `'${text}` : text;
}
