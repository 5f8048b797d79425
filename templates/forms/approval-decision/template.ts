import type { z } from 'zod';
import type { DocumentModel } from '../../document-model.js';
import { copyTo, referenceText } from '../../official-parts.js';
import { decisionDocument, executionArticle, functionsBasis } from '../decision.js';
import { submissionReferenceText } from '../references.js';
import { systemDescription, systemsSubject } from '../systems-text.js';
import type { approvalDecisionSchema } from './schema.js';

type Data = z.infer<typeof approvalDecisionSchema>;

/**
 * Quyết định phê duyệt cấp độ an toàn hệ thống thông tin (decree model 1.3, a decision that
 * approves; nd331 form 06): the approver decides on the appraiser's opinion and the operator's proposal.
 */
export function approvalDecisionTemplate(data: Data, draftYear: number): DocumentModel {
  const { approver, appraiser, operator, owner } = data;
  const subject = systemsSubject(data.systems, operator.name);
  const appraisal = data.appraisal
    ? referenceText('Văn bản thẩm định', data.appraisal.reference)
    : 'kết quả thẩm định hồ sơ đề xuất cấp độ';
  const proposal = data.submission ? ` tại ${submissionReferenceText(data.submission)}` : '';
  // Levels 1-2 are approved by the designated unit, which then reports to the owner
  // (docs/domain.md#who-appraises-and-approves): a copy "(để báo cáo)" when the owner is above the approver, as
  // a provincial People's Committee is above its department, and "(để biết)" to a body beside or below it.
  // An owner that operates the system itself is already among the bodies Article 3 charges ("Như Điều 3").
  const reportsToOwner = approver.name !== owner.name && owner.name !== operator.name;
  return decisionDocument(
    {
      fileName: 'quyet-dinh-phe-duyet-cap-do',
      title: `Quyết định phê duyệt cấp độ an toàn hệ thống thông tin - ${subject}`,
      issuer: approver,
      number: data.number,
      signature: data.signature,
      subject: `Về việc phê duyệt cấp độ an toàn hệ thống thông tin đối với ${subject}`,
      bases: [...data.regime.legalBases, functionsBasis(approver), `${appraisal} của ${appraiser.name}`],
      proposal: `Theo đề nghị của ${operator.name}${proposal}`,
      articles: [
        {
          title:
            'Phê duyệt cấp độ an toàn hệ thống thông tin đối với ' +
            `${data.systems.length === 1 ? 'hệ thống thông tin' : 'các hệ thống thông tin'} sau:`,
          paragraphs: data.systems.map(
            (system, index) => `${index + 1}. ${systemDescription(system, 'cấp độ được phê duyệt', false)}.`,
          ),
        },
        {
          title: null,
          paragraphs: [
            `${operator.name} có trách nhiệm triển khai phương án bảo đảm an toàn hệ thống thông tin theo cấp độ đã ` +
              `được phê duyệt, đáp ứng yêu cầu cơ bản của tiêu chuẩn ${data.regime.standard}; tổ chức kiểm tra, đánh ` +
              'giá an toàn thông tin định kỳ; xác định lại cấp độ khi hệ thống thay đổi và báo cáo theo quy định.',
          ],
        },
        { title: null, paragraphs: [executionArticle(operator)] },
      ],
      recipients: [
        'Như Điều 3',
        ...(reportsToOwner ? [copyTo(approver, owner.name)] : []),
        // At level 3 the owner approves what the designated unit appraised: the appraiser hears of the outcome.
        ...(appraiser.name !== approver.name && appraiser.name !== owner.name
          ? [copyTo(approver, appraiser.name)]
          : []),
      ],
    },
    draftYear,
  );
}
