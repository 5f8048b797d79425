import type {
  DocumentNumber,
  DocumentParty,
  DocumentReference,
  DocumentSignature,
} from '#shared/documents/form-data.schemas.js';
import type { AddresseeBlock, ClosingBlock, HeaderBlock, SignatureBlock } from './document-model.js';
import { headerLines, parentBodyLayout, withoutParentPlace } from './header-lines.js';

/**
 * The parts every official document shares (Decree 30/2020/NĐ-CP, Appendix I), built the same way
 * for every form: the number line, the place and date, the header, the signature and recipients.
 */

/** Vietnamese upper case (the locale matters for "đ" and the tone marks). */
export const upper = (text: string) => text.toLocaleUpperCase('vi-VN');

const pad2 = (value: number) => String(value).padStart(2, '0');

/**
 * The symbol after "Số:": "05/QĐ-STTTT"; a letter (công văn, no type code) adds its drafting unit, "12/STTTT-PCNTT"
 * (Decree 30); a draft keeps the number blank. The server writes the same symbol when it issues the number.
 */
export function documentSymbol(number: DocumentNumber, draftingUnit = ''): string {
  if (number.symbol) return number.symbol;
  const value = number.number === null ? '      ' : pad2(number.number);
  if (number.typeCode) return `${value}/${number.typeCode}-${number.issuerCode}`;
  return draftingUnit ? `${value}/${number.issuerCode}-${draftingUnit}` : `${value}/${number.issuerCode}`;
}

export const numberLine = (number: DocumentNumber, draftingUnit = '') => `Số: ${documentSymbol(number, draftingUnit)}`;

/** Issued once it has its date (or a symbol a person typed); until then a draft, marked "DỰ THẢO". */
export const documentStatus = (number: DocumentNumber): 'draft' | 'issued' =>
  number.date !== null || number.symbol ? 'issued' : 'draft';

/** "Yên Định, ngày 05 tháng 01 năm 2023"; a draft "Yên Định, ngày      tháng      năm 2026". */
export function placeAndDate(place: string, date: string | null, draftYear: number): string {
  if (!date) return `${place}, ngày      tháng      năm ${draftYear}`;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  // Decree 30: days below 10 and the months January and February carry a leading zero.
  const monthText = month <= 2 ? pad2(month) : String(month);
  return `${place}, ngày ${pad2(day)} tháng ${monthText} năm ${year}`;
}

/*
 * How the documents write a date, one rule everywhere:
 * - the header's place and date: "Yên Định, ngày 05 tháng 7 năm 2023" (Decree 30, placeAndDate above);
 * - a legal basis citing a legal act (a law, a decree, a circular, the act that gives a body its functions):
 *   "ngày 19 tháng 11 năm 2015", as the national models cite them; that text is data (a regime's legalBases,
 *   an organisation's functionsBasis) and the templates copy it as it is;
 * - any other date inside a sentence, that is every document of the dossier a form refers to (the submission,
 *   the appraisal opinion, a decision), in the bases as in the body: "ngày 05/06/2023", dd/mm/yyyy with a
 *   two-digit day and month (citedDate below); a date still to come leaves blanks, "ngày      /      /2026".
 */

/** "05/06/2023" from "2023-06-05". */
function dayMonthYear(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

/** "05/06/2023"; a date not known yet, "      /      /2026", for the clerk to write in by hand. */
export const citedDate = (date: string | null, draftYear: number): string =>
  date ? dayMonthYear(date) : `      /      /${draftYear}`;

/** "Tờ trình số 12/TTr-TTDVNN ngày 05/06/2023", or only the kind when the reference is unknown. */
export function referenceText(kind: string, reference: DocumentReference | null): string {
  if (!reference) return kind;
  return reference.date
    ? `${kind} số ${reference.symbol} ngày ${dayMonthYear(reference.date)}`
    : `${kind} số ${reference.symbol}`;
}

/** A line left for the clerk to fill by hand where the data has nothing to print (a basis not set up yet). */
export const blankToFill = '.'.repeat(56);

/** The unit "Lưu: VT, ..." names: the drafting unit, or the body's short name when it has none. */
export const archiveUnit = (party: DocumentParty) => party.draftingUnit || party.shortName;

const sameBody = (first: string, second: string) =>
  first.replace(/\s+/gu, ' ').trim().toLocaleLowerCase('vi-VN') ===
  second.replace(/\s+/gu, ' ').trim().toLocaleLowerCase('vi-VN');

/** Whether `body` is above `issuer` in the organisation tree (one of its superiors). */
const isSuperiorOf = (issuer: DocumentParty, body: string) =>
  issuer.superiors.some((superior) => sameBody(superior, body));

/**
 * A copy under "Nơi nhận:" with its purpose: "(để báo cáo)" to a body above the issuer, and only then; to any
 * other body "(để thực hiện)" when the document tells it to act, otherwise "(để biết)".
 */
export function copyTo(issuer: DocumentParty, body: string, acts = false): string {
  if (isSuperiorOf(issuer, body)) return `${body} (để báo cáo)`;
  return `${body} (${acts ? 'để thực hiện' : 'để biết'})`;
}

/**
 * "Kính gửi:" and its addressees with their punctuation (the renderers add none): one stays on the "Kính gửi:"
 * line and ends "." ("Kính gửi: Sở Thông tin và Truyền thông."); several go one a line, each "- X;" and the last
 * "- Y." (Decree 30, Appendix I).
 */
export function addresseeBlock(names: string[]): AddresseeBlock {
  if (names.length === 1) return { kind: 'addressee', addressees: [`${names[0]!}.`] };
  return {
    kind: 'addressee',
    addressees: names.map((name, index) => `- ${name}${index === names.length - 1 ? '.' : ';'}`),
  };
}

/**
 * The two-column header. The bodies' names break where templates/header-lines.ts says (between words of
 * meaning), and the issuing body drops the place its parent line already gives. `numbered: false` leaves the
 * number line empty: an annex of another document (the explanation) has no number of its own.
 */
export function headerBlock(
  issuer: DocumentParty,
  number: DocumentNumber,
  letterSubject: string | null,
  draftYear: number,
  { numbered = true }: { numbered?: boolean } = {},
): HeaderBlock {
  const parent = issuer.parentName ? upper(issuer.parentName) : null;
  return {
    kind: 'header',
    parentBody: parent === null ? null : headerLines(parent, parentBodyLayout),
    issuingBody: headerLines(withoutParentPlace(upper(issuer.name), parent)),
    numberLine: numbered ? numberLine(number, issuer.draftingUnit) : '',
    letterSubject,
    placeAndDate: placeAndDate(issuer.place, number.date, draftYear),
  };
}

export function signatureBlock(signature: DocumentSignature): SignatureBlock {
  return {
    authorityLine: signature.mark ? `${signature.mark}. ${upper(signature.markedAuthority)}` : null,
    title: upper(signature.title),
    signerName: signature.signerName,
  };
}

/** The closing with "Nơi nhận:"; the list ends with the archive line "- Lưu: VT, <unit>.". */
export function closingBlock(signature: DocumentSignature, recipients: string[], archiveUnit: string): ClosingBlock {
  const lines = recipients.map((recipient) => `- ${recipient};`);
  return {
    kind: 'closing',
    recipients: [...lines, `- Lưu: VT, ${archiveUnit}.`],
    signature: signatureBlock(signature),
  };
}

/** Legal bases ending ";" and the last "." as Decree 30 writes them, each starting "Căn cứ". */
export function legalBaseLines(bases: string[]): string[] {
  return bases.map((basis, index) => `Căn cứ ${basis}${index === bases.length - 1 ? '.' : ';'}`);
}

export const levelText = (level: number | null) => (level === null ? 'chưa xác định' : `cấp độ ${level}`);

export const conclusionText = (conclusion: 'suitable' | 'unsuitable' | null) =>
  conclusion === 'suitable' ? 'Phù hợp' : conclusion === 'unsuitable' ? 'Không phù hợp' : '(chưa có kết luận)';
