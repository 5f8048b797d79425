import type { Paragraph } from 'docx';
import type { TitleBlock } from '#templates/document-model.js';
import { officialFormat } from '#templates/official-format.js';
import { widestBoldLineTwips } from './bold-width.js';
import { emptyLine, paragraph, ruleParagraph } from './paragraphs.js';
import { textRuns } from './text-runs.js';
import type { PageGeometry } from './units.js';

const { size } = officialFormat;

/** The gap between the subject's rule and what follows it. */
const SUBJECT_GAP_PT = 8;

/** The rule's length under a line of bold title text, in twips. */
const subjectRuleTwips = (text: string, page: PageGeometry): number =>
  Math.round(Math.min(page.textWidth, widestBoldLineTwips(text, size.title)) * officialFormat.subjectRuleShare);

/**
 * The document type and its subject in the Title style (centred, bold, kept with what follows), a rule
 * under the subject. Without a subject it is the "QUYẾT ĐỊNH:" line between the legal bases and the
 * articles, in the body's spacing and without a rule, unless it is an annex's title: an annex's title
 * always has its rule, under the type when there is no subject.
 */
export function titleBlock(block: TitleBlock, page: PageGeometry, annex = false): Paragraph[] {
  const runs = (text: string) => textRuns(text, { size: size.title });
  if (block.subject === null && !annex) {
    return [paragraph(runs(block.type), { style: 'Title', spacing: 'body', spaceBeforePt: 6 })];
  }
  const lines = block.subject === null ? [block.type] : [block.type, block.subject];
  return [
    ...lines.map((line) => paragraph(runs(line), { style: 'Title' })),
    ruleParagraph(subjectRuleTwips(lines[lines.length - 1]!, page), page.textWidth, { keep: true }),
    emptyLine(SUBJECT_GAP_PT, { keep: true }),
  ];
}
