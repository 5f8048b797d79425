import type { z } from 'zod';
import { securityPlanParts } from '#shared/dossiers/dossiers.schemas.js';
import type { DocumentModel } from '../../document-model.js';
import { copyTo, levelText, referenceText } from '../../official-parts.js';
import { decisionDocument, executionArticle, functionsBasis } from '../decision.js';
import { submissionReferenceText } from '../references.js';
import { orMissing, securityPlanTitles } from '../security-plan-text.js';
import { systemsSubject } from '../systems-text.js';
import type { form07Schema } from './schema.js';

type Data = z.infer<typeof form07Schema>;

/** The plan's seven parts as the points of Article 1, each with what the plan sets out. */
const planParagraphs = (plan: Data['content']['securityPlan']) =>
  securityPlanParts.map((part, index) => `${index + 1}. ${securityPlanTitles[part]}: ${orMissing(plan[part])}`);

/**
 * The Prime Minister's decision that put the system on the list of level-5 systems. The form data does not hold
 * it, so its number and date are left for the clerk to write in (never a list cited without its number).
 */
const primeMinisterList =
  'Quyết định số      /QĐ-TTg ngày      của Thủ tướng Chính phủ phê duyệt Danh mục hệ thống thông tin cấp độ 5';

/**
 * nd331 form 07, level 5: the owner approves the security plan (the Prime Minister approves the list of
 * level-5 systems; docs/domain.md#who-appraises-and-approves). A decision that approves, shaped like the
 * approval of the level.
 */
export function form07Template(data: Data, draftYear: number): DocumentModel {
  const { owner, operator, appraiser } = data;
  const subject = systemsSubject(data.systems, operator.name);
  const appraisal = data.appraisal
    ? referenceText('Văn bản thẩm định', data.appraisal.reference)
    : 'kết quả thẩm định hồ sơ đề xuất cấp độ';
  const proposal = data.submission ? ` tại ${submissionReferenceText(data.submission)}` : '';
  const systemsLine =
    data.systems.length > 1 ? [`Các hệ thống thông tin: ${data.systems.map((system) => system.name).join('; ')}.`] : [];
  return decisionDocument(
    {
      fileName: 'mau-07-quyet-dinh-phe-duyet-phuong-an-bao-dam-an-toan',
      title: `Quyết định phê duyệt phương án bảo đảm an toàn hệ thống thông tin - ${subject}`,
      issuer: owner,
      number: data.number,
      signature: data.signature,
      subject: `Về việc phê duyệt phương án bảo đảm an toàn hệ thống thông tin đối với ${subject}`,
      bases: [
        ...data.regime.legalBases,
        functionsBasis(owner),
        primeMinisterList,
        `${appraisal} của ${appraiser.name}`,
      ],
      proposal: `Theo đề nghị của ${operator.name}${proposal}`,
      articles: [
        {
          title:
            `Phê duyệt phương án bảo đảm an toàn hệ thống thông tin ${levelText(data.level)} đối với ` +
            `${subject}, gồm các nội dung chính sau:`,
          paragraphs: [
            ...systemsLine,
            ...planParagraphs(data.content.securityPlan),
            `Phương án đáp ứng yêu cầu cơ bản của tiêu chuẩn ${data.regime.standard} đối với ${levelText(data.level)}.`,
          ],
        },
        {
          title: null,
          paragraphs: [
            `${operator.name} có trách nhiệm tổ chức triển khai phương án được phê duyệt tại Điều 1; kiểm tra, đánh ` +
              'giá an toàn thông tin định kỳ theo quy định đối với hệ thống thông tin cấp độ 5; cập nhật phương án ' +
              `khi hệ thống thay đổi và báo cáo ${owner.name}, ${appraiser.name} theo quy định.`,
          ],
        },
        { title: null, paragraphs: [executionArticle(operator)] },
      ],
      recipients: ['Như Điều 3', copyTo(owner, appraiser.name)],
    },
    draftYear,
  );
}
