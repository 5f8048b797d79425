import type { z } from 'zod';
import type { DocumentModel } from '../../document-model.js';
import { closingBlock, documentStatus, documentSymbol, headerBlock } from '../../official-parts.js';
import { needsHighLevelAnalysis } from '../dossier-parts.js';
import { submissionReferenceText } from '../references.js';
import { systemsSubject } from '../systems-text.js';
import { designChapter, highLevelChapter, levelChapter, overviewChapter, securityPlanChapter } from './chapters.js';
import { requirementAnnex } from './requirement-annex.js';
import type { explanationSchema } from './schema.js';

type Data = z.infer<typeof explanationSchema>;

/**
 * The line under the title that says which submission this explanation goes with: its header carries
 * that submission's number and date (the explanation has none of its own, see `numbering`).
 */
function accompanies(data: Data): string {
  const { number, operator } = data;
  if (number.number === null) return `(Kèm theo văn bản đề nghị thẩm định hồ sơ đề xuất cấp độ của ${operator.name})`;
  return (
    `(Kèm theo ${submissionReferenceText({ symbol: documentSymbol(number), date: number.date })} của ` +
    `${operator.name})`
  );
}

/**
 * Thuyết minh hồ sơ đề xuất cấp độ (both regimes): the operator's account of the dossier in the order
 * of its parts (docs/domain.md#dossier-contents), signed by the operator's head, then the requirement annex.
 */
export function explanationTemplate(data: Data, draftYear: number): DocumentModel {
  const { operator } = data;
  const subject = systemsSubject(data.systems, operator.name);
  return {
    fileName: 'thuyet-minh-ho-so-de-xuat-cap-do',
    title: `Thuyết minh hồ sơ đề xuất cấp độ - ${subject}`,
    author: operator.name,
    status: documentStatus(data.number),
    blocks: [
      headerBlock(operator, data.number, null, draftYear),
      {
        kind: 'title',
        type: 'THUYẾT MINH',
        subject: `Hồ sơ đề xuất cấp độ an toàn hệ thống thông tin đối với ${subject}`,
      },
      { kind: 'paragraph', text: [{ text: accompanies(data), italic: true }], align: 'center', indent: false },
      ...overviewChapter(data),
      ...designChapter(data),
      ...levelChapter(data),
      ...securityPlanChapter(data),
      ...(needsHighLevelAnalysis(data.level) ? highLevelChapter(data) : []),
      {
        kind: 'paragraph',
        text: `${operator.name} cam kết chịu trách nhiệm về tính chính xác, trung thực của các thông tin nêu trên./.`,
      },
      closingBlock(data.signature, [data.appraiser.name], operator.shortName),
      ...requirementAnnex(data),
    ],
  };
}
