import type { Regime } from './regime.schemas.js';
import { requiredForSubmissionNd85 } from './dossier-requirements.js';
import { calendarDays as days, standardRouting, workingDays } from './routing.js';
import { nd85Rules } from './nd85-rules.js';
import { managementGroupsNd85, technicalGroups } from './requirement-groups.js';

/** Decree 85/2016/NĐ-CP and Circular 12/2022/TT-BTTTT (docs/domain.md#the-two-regimes). */
export const nd85: Regime = {
  id: 'nd85',
  name: { vi: 'Nghị định 85/2016/NĐ-CP', en: 'Decree 85/2016/ND-CP' },
  legalBases: [
    'Luật An toàn thông tin mạng ngày 19 tháng 11 năm 2015',
    'Nghị định số 85/2016/NĐ-CP ngày 01 tháng 7 năm 2016 của Chính phủ về bảo đảm an toàn hệ thống thông tin theo ' +
      'cấp độ',
    'Thông tư số 12/2022/TT-BTTTT ngày 12 tháng 8 năm 2022 của Bộ trưởng Bộ Thông tin và Truyền thông quy định chi ' +
      'tiết và hướng dẫn một số điều của Nghị định số 85/2016/NĐ-CP',
  ],
  standard: 'TCVN 11930:2017',
  effectiveFrom: '2016-07-01',
  // Systems under investment before 1/7/2026 finish under nd85 within 6 months (docs/domain.md#the-two-regimes).
  newDossiersUntil: '2026-12-31',
  rules: nd85Rules,
  routing: standardRouting,
  clocks: {
    completeness: workingDays(5),
    appraisal: { 1: days(15), 2: days(15), 3: days(15), 4: days(30), 5: days(30) },
    approval: workingDays(7),
  },
  forms: {
    1: ['submission-appraisal', 'explanation', 'appraisal-opinion', 'approval-decision'],
    2: ['submission-appraisal', 'explanation', 'appraisal-opinion', 'approval-decision'],
    3: ['submission-appraisal', 'explanation', 'appraisal-opinion', 'submission-approval', 'approval-decision'],
    4: ['submission-appraisal', 'explanation', 'appraisal-opinion', 'submission-approval', 'approval-decision'],
    5: ['submission-appraisal', 'explanation', 'appraisal-opinion', 'submission-approval', 'approval-decision'],
  },
  inspectionMonths: { 1: 24, 2: 24, 3: 12, 4: 12, 5: 6 },
  requirementGroups: { management: managementGroupsNd85, technical: technicalGroups },
  requiredForSubmission: requiredForSubmissionNd85,
  unconfirmed: [],
};
