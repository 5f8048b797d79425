import type { z } from 'zod';
import type { Block, DocumentModel } from '../../document-model.js';
import {
  addresseeBlock,
  archiveUnit,
  closingBlock,
  conclusionText,
  documentStatus,
  headerBlock,
  legalBaseLines,
  levelText,
} from '../../official-parts.js';
import { appraisalCriteria, appraisalOutcome } from '../appraisal-text.js';
import { withDecidingRules } from '../deciding-rules.js';
import { pointLabel, pointLines } from '../point-list.js';
import { submissionReferenceText } from '../references.js';
import { systemDescription, systemsSubject } from '../systems-text.js';
import type { appraisalOpinionSchema } from './schema.js';

type Data = z.infer<typeof appraisalOpinionSchema>;

const heading = (text: string): Block => ({ kind: 'heading', text, level: 2 });
const listItem = (text: string): Block => ({ kind: 'paragraph', text, indent: false });

/**
 * The next step of a suitable dossier follows the routing data: `approver` is who approves at this level. When
 * the appraiser approves too (levels 1-2, docs/domain.md#who-appraises-and-approves), it says it will issue the
 * decision; otherwise it names the body the operator submits the dossier to.
 */
function nextStep(data: Data): string {
  const { operator, appraiser, approver } = data;
  const level = levelText(data.level);
  if (approver.name === appraiser.name)
    return (
      `Hồ sơ đề xuất cấp độ đáp ứng yêu cầu. ${appraiser.name} sẽ ban hành Quyết định phê duyệt ${level} đối với ` +
      `${data.systems.length === 1 ? 'hệ thống' : 'các hệ thống'} thông tin nêu trên theo quy định./.`
    );
  const revise =
    data.appraisal && data.appraisal.comment.trim() !== '' ? 'hoàn chỉnh hồ sơ theo ý kiến nêu trên và ' : '';
  return (
    `Hồ sơ đề xuất cấp độ đáp ứng yêu cầu, đủ điều kiện trình ${approver.name} phê duyệt ${level}. Đề nghị ` +
    `${operator.name} ${revise}trình ${approver.name} xem xét, phê duyệt theo quy định./.`
  );
}

/** The sentence that ends the opinion: the next step, return for revision, or not concluded yet (a draft). */
function conclusion(data: Data): string {
  const { operator, appraiser } = data;
  switch (appraisalOutcome(data.appraisal)) {
    case 'suitable':
      return nextStep(data);
    case 'unsuitable':
      return (
        'Hồ sơ đề xuất cấp độ chưa đáp ứng yêu cầu ở các nội dung không phù hợp nêu trên. Đề nghị ' +
        `${operator.name} bổ sung, hoàn thiện hồ sơ và gửi lại ${appraiser.name} để thẩm định lại theo quy định./.`
      );
    case 'pending':
      return `Kết luận thẩm định: ${conclusionText(null)}./.`;
  }
}

/**
 * Văn bản thẩm định hồ sơ đề xuất cấp độ (form 04): a letter from the appraiser to the operator and
 * the owner. It names the dossier received, gives its three results, each "Phù hợp" or "Không phù
 * hợp", with the reasons, and concludes. With no appraisal yet it is a draft: every result and the
 * conclusion read "(chưa có kết luận)".
 */
export function appraisalOpinionTemplate(data: Data, draftYear: number): DocumentModel {
  const { operator, owner, appraiser, appraisal } = data;
  const received = data.submission ? submissionReferenceText(data.submission) : 'hồ sơ';
  const addressees = owner.name === operator.name ? [operator.name] : [operator.name, owner.name];
  const systems = data.systems.map((system) =>
    systemDescription(withDecidingRules(data.regime, system), 'cấp độ đề xuất', true),
  );
  const results = appraisalCriteria(data.regime).map(
    ({ key, text }) => `${text}: ${conclusionText(appraisal ? appraisal.conclusions[key] : null)}`,
  );
  return {
    fileName: 'van-ban-tham-dinh-ho-so-de-xuat-cap-do',
    title: `Văn bản thẩm định hồ sơ đề xuất cấp độ - ${systemsSubject(data.systems, operator.name)}`,
    author: appraiser.name,
    status: documentStatus(data.number),
    blocks: [
      headerBlock(appraiser, data.number, `V/v thẩm định hồ sơ đề xuất cấp độ của ${operator.name}`, draftYear),
      addresseeBlock(addressees),
      { kind: 'legalBases', lines: legalBaseLines(data.regime.legalBases) },
      {
        kind: 'paragraph',
        text:
          `${appraiser.name} nhận được ${received} của ${operator.name} đề nghị thẩm định hồ sơ đề xuất cấp độ ` +
          `đối với ${systemsSubject(data.systems, operator.name)}` +
          (data.level === null ? '' : `, đề xuất cấp độ ${data.level}`) +
          `. Sau khi xem xét hồ sơ, ${appraiser.name} có ý kiến như sau:`,
      },
      heading('1. Hồ sơ đề nghị thẩm định'),
      ...(systems.length === 1
        ? [{ kind: 'paragraph', text: `${systems[0]!}.` } satisfies Block]
        : pointLines(systems).map(listItem)),
      heading('2. Kết quả thẩm định'),
      ...results.map((result, index) => listItem(`${pointLabel(index)} ${result}.`)),
      ...(appraisal && appraisal.comment.trim() !== ''
        ? [{ kind: 'paragraph', text: `Ý kiến, lý do: ${appraisal.comment}` } satisfies Block]
        : []),
      heading('3. Kết luận'),
      { kind: 'paragraph', text: conclusion(data) },
      closingBlock(data.signature, ['Như trên'], archiveUnit(appraiser)),
    ],
  };
}
