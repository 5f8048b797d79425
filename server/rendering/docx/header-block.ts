import type { FileChild, Paragraph } from 'docx';
import type { HeaderBlock } from '#templates/document-model.js';
import { officialFormat } from '#templates/official-format.js';
import { upper } from '#templates/official-parts.js';
import { paragraph, ruleParagraph } from './paragraphs.js';
import { afterTableSpacer, borderlessTable } from './tables.js';
import { textRuns } from './text-runs.js';
import { mmToTwips, type PageGeometry } from './units.js';

const { size } = officialFormat;

/**
 * The motto's rule is as long as the motto. Its width, measured with Tinos Bold (metrically
 * identical to Times New Roman Bold): 56.1 mm at 13 pt, proportional to the size.
 */
const MOTTO_WIDTH_MM_PER_PT = 56.1 / 13;

/** Space above the number and date line, standing for the empty line between the motto and the date. */
const DATE_LINE_GAP_PT = 6;

/** Decree 30 sets a letter's "V/v ..." a size below the number line. */
const LETTER_SUBJECT_PT = 12;

const HEADER_GAP_PT = 12;

const centred = { align: 'center' } as const;

/**
 * A body's name in capitals, its lines broken where the template put "\n" (<w:br/> in one paragraph)
 * and nowhere else; a space left beside a break would shift its centred line.
 */
const bodyName = (name: string) =>
  upper(name)
    .split('\n')
    .map((line) => line.trim())
    .join('\n');

/**
 * The two-column header as a borderless table of two rows: the bodies beside the national name and
 * motto, then the number beside the place and date, so that "Số: ..." and the date share a line as
 * they do in Decree 30's models, whatever the number of lines above them.
 */
export function headerBlock(block: HeaderBlock, page: PageGeometry): FileChild[] {
  const leftWidth = Math.round(page.textWidth * officialFormat.headerLeftShare);
  // The national name is set at 12 pt (88 mm), so the header stays inside the text width.
  const rightWidth = page.textWidth - leftWidth;

  const bodies: Paragraph[] = [
    ...(block.parentBody ? [paragraph(textRuns(bodyName(block.parentBody), { size: size.header }), centred)] : []),
    paragraph(textRuns(bodyName(block.issuingBody), { size: size.header, bold: true }), centred),
    ruleParagraph(Math.round(leftWidth * officialFormat.issuerRuleShare), leftWidth),
  ];
  const nation: Paragraph[] = [
    paragraph(textRuns(officialFormat.nationalName, { size: size.nationalName, bold: true }), centred),
    paragraph(textRuns(officialFormat.motto, { size: size.motto, bold: true }), centred),
    ruleParagraph(mmToTwips(MOTTO_WIDTH_MM_PER_PT * size.motto), rightWidth),
  ];
  const number: Paragraph[] = [
    paragraph(textRuns(block.numberLine, { size: size.numberLine }), { ...centred, spaceBeforePt: DATE_LINE_GAP_PT }),
    ...(block.letterSubject
      ? [
          paragraph(textRuns(block.letterSubject, { size: LETTER_SUBJECT_PT }), {
            ...centred,
            spaceBeforePt: officialFormat.letterSubjectGapPt,
          }),
        ]
      : []),
  ];
  const date: Paragraph[] = [
    paragraph(textRuns(block.placeAndDate, { size: size.header, italic: true }), {
      ...centred,
      spaceBeforePt: DATE_LINE_GAP_PT,
    }),
  ];

  return [
    borderlessTable(
      [leftWidth, rightWidth],
      [
        [bodies, nation],
        [number, date],
      ],
      { cantSplit: true },
    ),
    // The gap between the header and what follows (the title, or "Kính gửi:" in a letter).
    afterTableSpacer(HEADER_GAP_PT),
  ];
}
