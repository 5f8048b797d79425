import { BorderStyle, TextRun, type Paragraph } from 'docx';
import { officialFormat } from '#templates/official-format.js';
import { paragraph } from './paragraphs.js';
import { FONT } from './text-runs.js';
import { ptToHalfPoints, ptToTwips } from './units.js';

const DRAFT_MARK = officialFormat.draftMark;

const BOX_SPACE_PT = 2;
const BOX = { style: BorderStyle.SINGLE, size: 8, color: '000000', space: BOX_SPACE_PT } as const;

/**
 * "DỰ THẢO" in bold upright capitals in a box, at the top right of the first page, where Decree 30
 * places the indication of a draft: in the first page's header, which is otherwise empty (the first
 * page carries no number), 10 mm from the top edge and clear of the text below the 20 mm margin. A
 * border on the run draws the box round the word alone, in Word and LibreOffice.
 */
export const draftMark = (): Paragraph =>
  paragraph(
    [
      new TextRun({
        text: DRAFT_MARK,
        font: FONT,
        size: ptToHalfPoints(officialFormat.size.body),
        bold: true,
        border: BOX,
      }),
    ],
    // The box is drawn outside the word: held in by its padding and a little more, it stays inside the text width.
    { align: 'right', rightIndentTwips: ptToTwips(BOX_SPACE_PT + 1) },
  );
