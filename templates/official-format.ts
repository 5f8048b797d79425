/**
 * The presentation rules of Decree 30/2020/NĐ-CP (Appendix I), in one place for both renderers.
 * Lengths in millimetres, font sizes in points.
 */
export const officialFormat = {
  page: { widthMm: 210, heightMm: 297 },
  margins: { topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 15 },
  /** Landscape annex pages keep the binding margin on the long side that is bound (the top). */
  landscapeMargins: { topMm: 30, bottomMm: 15, leftMm: 20, rightMm: 20 },
  fontFamily: 'Times New Roman',
  size: {
    body: 14,
    header: 13,
    /** Decree 30 allows 12-13 pt for the national name; at 12 pt bold it fits the right column of the header. */
    nationalName: 12,
    motto: 13,
    numberLine: 13,
    title: 14,
    recipientsLabel: 12,
    recipients: 11,
    table: 12,
    pageNumber: 13,
  },
  /** First-line indent of body paragraphs. */
  firstLineIndentMm: 10,
  /** Space after each body paragraph, and the line height as a multiple of the font size. */
  paragraphSpacingPt: 6,
  lineHeight: 1.15,
  /** The left header column's share of the text width (the right one takes the rest). */
  headerLeftShare: 0.42,
  nationalName: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  recipientsLabel: 'Nơi nhận:',
  /** The underline under the issuing body: a short rule, a third of the column. */
  issuerRuleShare: 0.35,
  /**
   * The rule under the summary (trích yếu), a third to a half of its line: 0.4 of the summary's widest line, or of
   * the text width when it wraps (0.4 stays within the range even when a wrapped line falls a fifth short).
   */
  subjectRuleShare: 0.4,
  /** The gap between a letter's number line and its summary ("V/v ...") under it. */
  letterSubjectGapPt: 6,
  /** The mark a draft carries at the top of its first page until it is numbered and dated; never an issued one. */
  draftMark: 'DỰ THẢO',
} as const;

const MM_PER_INCH = 25.4;
const POINTS_PER_INCH = 72;
export const mmToPt = (mm: number) => (mm * POINTS_PER_INCH) / MM_PER_INCH;
