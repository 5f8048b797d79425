import type { z } from 'zod';
import type { DocumentModel } from '../../document-model.js';
import { dossierParts } from '../dossier-parts.js';
import { dossierPrepared, submissionLetter } from '../submission-letter.js';
import { systemsSubject } from '../systems-text.js';
import type { submissionAppraisalSchema } from './schema.js';

type Data = z.infer<typeof submissionAppraisalSchema>;

/** nd85 sent levels 1-3 as one original and two copies (docs/domain.md#forms). */
const copiesNote = (level: number | null) =>
  level !== null && level <= 3 ? 'Hồ sơ gồm 01 bản chính và 02 bản sao.' : null;

/** Tờ trình đề nghị thẩm định hồ sơ đề xuất cấp độ (nd85): the operator asks the designated unit to appraise. */
export function submissionAppraisalTemplate(data: Data, draftYear: number): DocumentModel {
  const { operator, appraiser } = data;
  return submissionLetter(
    data,
    {
      fileName: 'to-trinh-de-nghi-tham-dinh-ho-so-de-xuat-cap-do',
      title: `Tờ trình đề nghị thẩm định hồ sơ đề xuất cấp độ - ${systemsSubject(data.systems, operator.name)}`,
      kind: { type: 'TỜ TRÌNH', subject: 'Về việc đề nghị thẩm định hồ sơ đề xuất cấp độ an toàn hệ thống thông tin' },
      addressees: [appraiser],
      opening:
        `${dossierPrepared(data)} ${operator.name} kính trình ${appraiser.name} thẩm định hồ sơ với các nội ` +
        'dung sau:',
      parts: dossierParts(data, 'attached'),
      partsNote: copiesNote(data.level),
      request: `Kính trình ${appraiser.name} xem xét, thẩm định hồ sơ đề xuất cấp độ nêu trên theo quy định`,
    },
    draftYear,
  );
}
