import type {
  DocumentNumber,
  DocumentParty,
  DocumentReference,
  DocumentSignature,
} from '#shared/documents/form-data.schemas.js';
import type { ClosingBlock, HeaderBlock, SignatureBlock } from './document-model.js';

/**
 * The parts every official document shares (Decree 30/2020/NĐ-CP, Appendix I), built the same way
 * for every form: the number line, the place and date, the header, the signature and recipients.
 */

/** Vietnamese upper case (the locale matters for "đ" and the tone marks). */
export const upper = (text: string) => text.toLocaleUpperCase('vi-VN');

const pad2 = (value: number) => String(value).padStart(2, '0');

/** The symbol after "Số:": "05/QĐ-STTTT", a letter "12/STTTT"; a draft keeps the number blank. */
export function documentSymbol(number: DocumentNumber): string {
  if (number.symbol) return number.symbol;
  const value = number.number === null ? '      ' : pad2(number.number);
  return number.typeCode ? `${value}/${number.typeCode}-${number.issuerCode}` : `${value}/${number.issuerCode}`;
}

export const numberLine = (number: DocumentNumber) => `Số: ${documentSymbol(number)}`;

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

/** dd/mm/yyyy, the way documents write a date inside a sentence. */
function dateVi(date: string | null): string {
  if (!date) return '..../..../........';
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

/** "Tờ trình số 12/TTr-TTDVNN ngày 05/06/2023", or only the kind when the reference is unknown. */
export function referenceText(kind: string, reference: DocumentReference | null): string {
  if (!reference) return kind;
  return reference.date
    ? `${kind} số ${reference.symbol} ngày ${dateVi(reference.date)}`
    : `${kind} số ${reference.symbol}`;
}

export function headerBlock(
  issuer: DocumentParty,
  number: DocumentNumber,
  letterSubject: string | null,
  draftYear: number,
): HeaderBlock {
  return {
    kind: 'header',
    parentBody: issuer.parentName ? upper(issuer.parentName) : null,
    issuingBody: upper(issuer.name),
    numberLine: numberLine(number),
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
