import type { FileChild, Paragraph } from 'docx';
import type { ClosingBlock } from '#templates/document-model.js';
import { officialFormat } from '#templates/official-format.js';
import { upper } from '#templates/official-parts.js';
import { emptyLine, paragraph } from './paragraphs.js';
import { afterTableSpacer, borderlessTable } from './tables.js';
import { textRuns } from './text-runs.js';
import type { PageGeometry } from './units.js';

const { size } = officialFormat;

/** The space for the signature and the seal between the title and the signer's name. */
const SIGNATURE_SPACE_LINES = 4;
const GAP_ABOVE_PT = 6;

/**
 * Recipients on the left, the signature on the right, side by side in a borderless table whose
 * columns match the header's; the row never splits, so the signature keeps its recipients.
 */
export function closingBlock(block: ClosingBlock, page: PageGeometry): FileChild[] {
  const leftWidth = Math.round(page.textWidth * officialFormat.headerLeftShare);
  const { signature } = block;

  const recipients: Paragraph[] = block.recipients
    ? [
        paragraph(textRuns(officialFormat.recipientsLabel, { size: size.recipientsLabel, bold: true, italic: true }), {
          spaceBeforePt: GAP_ABOVE_PT,
        }),
        ...block.recipients.map((line) => paragraph(textRuns(line, { size: size.recipients }))),
      ]
    : [emptyLine(size.recipients)];

  const signatureLines: Paragraph[] = [
    ...(signature.authorityLine ? [textRuns(upper(signature.authorityLine), { size: size.body, bold: true })] : []),
    textRuns(upper(signature.title), { size: size.body, bold: true }),
  ].map((runs, index) => paragraph(runs, { align: 'center', ...(index === 0 ? { spaceBeforePt: GAP_ABOVE_PT } : {}) }));

  const signer: Paragraph[] = [
    ...Array.from({ length: SIGNATURE_SPACE_LINES }, () => emptyLine(size.body)),
    paragraph(textRuns(signature.signerName, { size: size.body, bold: true }), { align: 'center' }),
  ];

  return [
    borderlessTable([leftWidth, page.textWidth - leftWidth], [[recipients, [...signatureLines, ...signer]]], {
      cantSplit: true,
    }),
    afterTableSpacer(),
  ];
}
