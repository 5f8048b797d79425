/**
 * The renderer-neutral model of an official document (Decree 30/2020/NĐ-CP). A form's template
 * builds one of these from its data; server/rendering turns it into DOCX and PDF. Nothing here
 * knows about either file format: sizes are in points and millimetres, text is plain Unicode.
 */

/** A run of text with its emphasis; a "\n" inside the text is a line break. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

/** Text given either plainly or as emphasised runs. */
export type RichText = string | Run[];

/** The two-column header: the bodies and the number on the left, the national motto and the date on the right. */
export interface HeaderBlock {
  kind: 'header';
  /**
   * The parent body, upper case, not bold ("UBND TỈNH THANH HÓA"); null when the issuer has none. A "\n" marks
   * where its lines break (templates/header-lines.ts chooses them); renderers break there and nowhere else
   * unless a line still does not fit.
   */
  parentBody: string | null;
  /** The issuing body, upper case, bold, a short rule under it ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG"); "\n" as above. */
  issuingBody: string;
  /** "Số: 05/QĐ-STTTT", or "Số:      /QĐ-STTTT" for a draft. */
  numberLine: string;
  /** A letter's subject under its number ("V/v thẩm định hồ sơ ..."); null for typed documents. */
  letterSubject: string | null;
  /** "Yên Định, ngày 05 tháng 01 năm 2023" (italic); the day and month left blank for a draft. */
  placeAndDate: string;
}

/** The document type and its subject, centred and bold ("QUYẾT ĐỊNH" / "Về việc ..."). */
export interface TitleBlock {
  kind: 'title';
  type: string;
  subject: string | null;
}

/** "Kính gửi: ..." for letters and submissions; one addressee per line when several. */
export interface AddresseeBlock {
  kind: 'addressee';
  addressees: string[];
}

/** The authority that decides, upper case and bold on its own centred line ("GIÁM ĐỐC SỞ ..."). */
export interface AuthorityBlock {
  kind: 'authority';
  text: string;
}

/** Legal bases in italics, one per line, each ending ";" and the last "." (the renderer adds neither). */
export interface LegalBasesBlock {
  kind: 'legalBases';
  lines: string[];
}

/** Body text: justified with a first-line indent unless told otherwise. */
export interface ParagraphBlock {
  kind: 'paragraph';
  text: RichText;
  align?: 'justify' | 'center' | 'left' | 'right';
  /** false for lines that must not be indented (list items, the "QUYẾT ĐỊNH:" line). */
  indent?: boolean;
  /** Points; the body size when absent. */
  size?: number;
}

/** A chapter or section heading in bold ("I. TỔNG QUAN VỀ HỆ THỐNG"). */
export interface HeadingBlock {
  kind: 'heading';
  text: string;
  level: 1 | 2;
  align?: 'left' | 'center';
}

/** An article of a decision: "Điều 1." in bold, then its paragraphs. */
export interface ArticleBlock {
  kind: 'article';
  number: number;
  /** Text following "Điều n." on the same line, when the article has a heading. */
  title: RichText | null;
  paragraphs: RichText[];
}

export interface TableColumn {
  title: string;
  /** Relative width; the renderer shares the text width between columns in proportion. */
  width: number;
  align?: 'left' | 'center' | 'right';
}

/** A bordered table; its header row repeats on every page it spans. */
export interface TableBlock {
  kind: 'table';
  columns: TableColumn[];
  rows: string[][];
  /** Points; tables are usually a size below the body. */
  size?: number;
}

/** Starts a new page; a landscape one for wide annex tables. */
export interface PageBreakBlock {
  kind: 'pageBreak';
  orientation?: 'portrait' | 'landscape';
  /**
   * true: an annex starts here. Its pages are numbered on their own (its first page carries no number, its
   * second "2"...), as the main text's are.
   */
  annex?: boolean;
}

/** The closing: recipients on the left, the signature on the right, side by side. */
export interface ClosingBlock {
  kind: 'closing';
  /** The list under "Nơi nhận:"; null for documents without one (a report's annex). */
  recipients: string[] | null;
  signature: SignatureBlock;
}

export interface SignatureBlock {
  /** "TM. ỦY BAN NHÂN DÂN", "KT. GIÁM ĐỐC"...; null when the head signs in their own name. */
  authorityLine: string | null;
  /** The signer's title, upper case bold ("PHÓ GIÁM ĐỐC"). */
  title: string;
  /** The signer's name, bold, under the space for the signature and seal; empty for a draft. */
  signerName: string;
}

export type Block =
  | HeaderBlock
  | TitleBlock
  | AddresseeBlock
  | AuthorityBlock
  | LegalBasesBlock
  | ParagraphBlock
  | HeadingBlock
  | ArticleBlock
  | TableBlock
  | PageBreakBlock
  | ClosingBlock;

export interface DocumentModel {
  /** The file name without extension, e.g. "quyet-dinh-phe-duyet-cap-do". */
  fileName: string;
  /** Shown in the file's properties. */
  title: string;
  /** The issuing body's name: the PDF's Author and the DOCX's creator. */
  author: string;
  /**
   * 'draft': not numbered and dated yet; both renderers show a visible "DỰ THẢO" mark and the PDF stays plain.
   * 'issued': numbered and dated; never marked, and its PDF is PDF/A-2b for the electronic archive.
   */
  status: 'draft' | 'issued';
  blocks: Block[];
}

/** The plain text of rich text, for measuring and for tests. */
export const plainText = (text: RichText): string =>
  typeof text === 'string' ? text : text.map((run) => run.text).join('');
