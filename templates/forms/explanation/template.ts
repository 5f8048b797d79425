import type { z } from 'zod';
import type { Block, DocumentModel } from '../../document-model.js';
import {
  archiveUnit,
  citedDate,
  closingBlock,
  documentStatus,
  documentSymbol,
  headerBlock,
} from '../../official-parts.js';
import { needsHighLevelAnalysis } from '../dossier-parts.js';
import { submissionReferenceText } from '../references.js';
import { systemsSubject } from '../systems-text.js';
import { designChapter, highLevelChapter, levelChapter, overviewChapter, securityPlanChapter } from './chapters.js';
import { requirementAnnex } from './requirement-annex.js';
import type { explanationSchema } from './schema.js';

type Data = z.infer<typeof explanationSchema>;

/**
 * The explanation is an annex of the submission letter that sends the dossier (Decree 30, the annex of a
 * document): no number of its own, "Phụ lục" above its title and, under it, the letter it goes with by that
 * letter's number and date, "(Kèm theo Tờ trình số 12/TTr-TTDVNN ngày 05/06/2023 của ...)". The number in its
 * data is the letter's (`numbering: 'submission'`); until the letter is issued both stay blank for the clerk.
 */
function accompanies(data: Data, draftYear: number): string {
  const { number, operator } = data;
  const symbol = documentSymbol(number, operator.draftingUnit);
  const letter = submissionReferenceText({ symbol, date: number.date });
  const dated = number.date ? letter : `${letter} ngày ${citedDate(null, draftYear)}`;
  return `(Kèm theo ${dated} của ${operator.name})`;
}

const centred = (text: string, emphasis: 'bold' | 'italic'): Block => ({
  kind: 'paragraph',
  text: [{ text, [emphasis]: true }],
  align: 'center',
  indent: false,
});

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
      headerBlock(operator, data.number, null, draftYear, { numbered: false }),
      centred('Phụ lục', 'bold'),
      {
        kind: 'title',
        type: 'THUYẾT MINH',
        subject: `Hồ sơ đề xuất cấp độ an toàn hệ thống thông tin đối với ${subject}`,
      },
      centred(accompanies(data, draftYear), 'italic'),
      ...overviewChapter(data),
      ...designChapter(data),
      ...levelChapter(data),
      ...securityPlanChapter(data),
      ...(needsHighLevelAnalysis(data.level) ? highLevelChapter(data) : []),
      {
        kind: 'paragraph',
        text: `${operator.name} cam kết chịu trách nhiệm về tính chính xác, trung thực của các thông tin nêu trên./.`,
      },
      closingBlock(data.signature, [data.appraiser.name], archiveUnit(operator)),
      ...requirementAnnex(data),
    ],
  };
}
