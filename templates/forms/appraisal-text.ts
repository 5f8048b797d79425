import type { FormData } from '#shared/documents/form-data.schemas.js';

type Conclusions = NonNullable<FormData['appraisal']>['conclusions'];

/**
 * The three points an appraisal concludes on (docs/domain.md#dossier-workflow), each "phù hợp" or "không phù hợp":
 * the proposed level against the criteria, the plan at design time, the plan in operation.
 */
export const appraisalCriteria = (regime: FormData['regime']): Array<{ key: keyof Conclusions; text: string }> => [
  { key: 'level', text: `Đề xuất cấp độ so với tiêu chí xác định cấp độ quy định tại ${regime.name}` },
  {
    key: 'designPlan',
    text:
      'Phương án bảo đảm an toàn thông tin trong thiết kế, xây dựng hệ thống so với yêu cầu cơ bản của tiêu ' +
      `chuẩn ${regime.standard}`,
  },
  { key: 'operationPlan', text: 'Phương án bảo đảm an toàn thông tin trong quá trình vận hành hệ thống' },
];

/** All three suitable, any one unsuitable, or not yet concluded (a draft, or a point still open). */
export function appraisalOutcome(appraisal: FormData['appraisal']): 'suitable' | 'unsuitable' | 'pending' {
  if (!appraisal) return 'pending';
  const values = Object.values(appraisal.conclusions);
  if (values.includes('unsuitable')) return 'unsuitable';
  return values.every((value) => value === 'suitable') ? 'suitable' : 'pending';
}
