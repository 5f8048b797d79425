import type { z } from 'zod';
import type { DocumentModel } from '../../document-model.js';
import { conclusionText, referenceText } from '../../official-parts.js';
import { appraisalCriteria } from '../appraisal-text.js';
import { dossierParts } from '../dossier-parts.js';
import { dossierPrepared, submissionLetter } from '../submission-letter.js';
import { systemsSubject } from '../systems-text.js';
import type { submissionApprovalSchema } from './schema.js';

type Data = z.infer<typeof submissionApprovalSchema>;

const appraisalDocument = (data: Data) =>
  data.appraisal
    ? referenceText('Văn bản thẩm định', data.appraisal.reference)
    : 'Văn bản thẩm định hồ sơ đề xuất cấp độ';

/** The appraisal's three conclusions in one sentence, as the owner needs them to decide. */
function appraisalSummary(data: Data): string {
  if (!data.appraisal) return `Hồ sơ chưa có kết quả thẩm định của ${data.appraiser.name}.`;
  const { conclusions } = data.appraisal;
  const results = appraisalCriteria(data.regime).map(
    ({ key, text }) =>
      `${text.charAt(0).toLocaleLowerCase('vi-VN')}${text.slice(1)}: ` +
      `${conclusionText(conclusions[key]).toLocaleLowerCase('vi-VN')}`,
  );
  return (
    `Kết quả thẩm định của ${data.appraiser.name}: ${results.join('; ')}. ${data.operator.name} đã hoàn thiện ` +
    'hồ sơ theo ý kiến thẩm định.'
  );
}

/**
 * Tờ trình đề nghị phê duyệt hồ sơ đề xuất cấp độ (form 05), levels 3-5: after the appraisal, the
 * operator asks the owner, who approves at these levels (docs/domain.md#who-appraises-and-approves),
 * citing the appraisal opinion.
 */
export function submissionApprovalTemplate(data: Data, draftYear: number): DocumentModel {
  const { operator, owner, appraiser } = data;
  return submissionLetter(
    data,
    {
      fileName: 'to-trinh-de-nghi-phe-duyet-ho-so-de-xuat-cap-do',
      title: `Tờ trình đề nghị phê duyệt hồ sơ đề xuất cấp độ - ${systemsSubject(data.systems, operator.name)}`,
      kind: { type: 'TỜ TRÌNH', subject: 'Về việc đề nghị phê duyệt hồ sơ đề xuất cấp độ an toàn hệ thống thông tin' },
      addressees: [owner],
      extraBases: [`${appraisalDocument(data)} của ${appraiser.name}`],
      opening:
        `${dossierPrepared(data)} ${operator.name} kính trình ${owner.name} phê duyệt cấp độ an toàn hệ thống ` +
        'thông tin với các nội dung sau:',
      levelLabel: 'cấp độ đề nghị phê duyệt',
      afterSystems: [appraisalSummary(data)],
      parts: [
        ...dossierParts(data, 'attached'),
        `${appraisalDocument(data)} của ${appraiser.name}`,
        'Dự thảo Quyết định phê duyệt cấp độ an toàn hệ thống thông tin',
      ],
      request:
        `Kính trình ${owner.name} xem xét, phê duyệt cấp độ an toàn hệ thống thông tin đối với hồ sơ nêu trên ` +
        'theo quy định',
    },
    draftYear,
  );
}
