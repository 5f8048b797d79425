import type { Paragraph } from 'docx';
import type { AddresseeBlock } from '#templates/document-model.js';
import { officialFormat } from '#templates/official-format.js';
import { paragraph } from './paragraphs.js';
import { tabRun, textRuns } from './text-runs.js';
import { mmToTwips } from './units.js';

const body = { size: officialFormat.size.body } as const;

const LABEL = 'Kính gửi:';

/**
 * Where the addressees start, from the text's left edge: "Kính gửi:" starts at the first-line indent
 * (10 mm) and "Kính gửi: " at 14 pt is 20.0 mm wide, so the addressees stand where a space after the
 * label would put them, on a round length that both renderers share.
 */
const ADDRESSEE_COLUMN_MM = 30;
const COLUMN = mmToTwips(ADDRESSEE_COLUMN_MM);

/**
 * "Kính gửi:" at the paragraph indent, the first addressee after it on the same line, each further one
 * on its own line under the first; a long addressee wraps under its own start. The templates write the
 * dashes and the ";" / "." of a list. A tab rather than a space leads to the column, so the first
 * addressee lines up with the others whatever the label measures in the reader's font.
 */
export function addresseeBlock(block: AddresseeBlock): Paragraph[] {
  const [first = '', ...rest] = block.addressees;
  const lines = [
    [...textRuns(LABEL, body), tabRun(body.size), ...textRuns(first, body)],
    ...rest.map((text) => textRuns(text, body)),
  ];
  return lines.map((runs, index) => {
    const last = index === lines.length - 1;
    return paragraph(runs, {
      style: 'Normal',
      align: 'left',
      leftTwips: COLUMN,
      indent: index === 0,
      spaceBeforePt: index === 0 ? officialFormat.paragraphSpacingPt : 0,
      // Between addressees, lines at the body's line height; after the list, the body's gap.
      spaceAfterPt: last ? officialFormat.paragraphSpacingPt : 0,
      // The list stays on one page.
      keep: !last,
    });
  });
}
