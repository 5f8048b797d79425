import type { Regime } from './regime.schemas.js';
import { requiredForSubmissionNd331 } from './dossier-requirements.js';
import { standardRouting, workingDays } from './routing.js';
import { nd331Rules } from './nd331-rules.js';
import { managementGroupsNd331, technicalGroups } from './requirement-groups.js';

/** Law on Cybersecurity 116/2025/QH15 and Decree 331/2026/NĐ-CP (docs/domain.md#the-two-regimes; text unconfirmed). */
export const nd331: Regime = {
  id: 'nd331',
  name: { vi: 'Nghị định 331/2026/NĐ-CP', en: 'Decree 331/2026/ND-CP' },
  // A law is cited by its name and the day it was passed, a decree by its number and the day it was signed
  // ("... ngày 19 tháng 11 năm 2015", as nd85's are). Law 116/2025/QH15 was passed on 10/12/2025. The day Decree
  // 331/2026/NĐ-CP was signed is not confirmed here (only its entry into force, docs/domain.md#the-two-regimes), so it
  // is cited by its number until an administrator corrects the regime's legal bases.
  legalBases: [
    'Luật An ninh mạng ngày 10 tháng 12 năm 2025',
    'Nghị định số 331/2026/NĐ-CP của Chính phủ quy định về bảo đảm an toàn hệ thống thông tin theo cấp độ',
  ],
  standard: 'TCVN 14423:2026',
  effectiveFrom: '2026-08-19',
  newDossiersUntil: null,
  rules: nd331Rules,
  routing: standardRouting,
  clocks: {
    completeness: workingDays(5),
    appraisal: { 1: workingDays(15), 2: workingDays(15), 3: workingDays(15), 4: workingDays(25), 5: workingDays(25) },
    approval: workingDays(7),
  },
  forms: {
    1: ['form-01', 'explanation', 'appraisal-opinion', 'approval-decision'],
    2: ['form-01', 'explanation', 'appraisal-opinion', 'approval-decision'],
    3: ['form-02', 'explanation', 'appraisal-opinion', 'submission-approval', 'approval-decision'],
    4: ['form-03', 'form-02', 'explanation', 'appraisal-opinion', 'submission-approval', 'approval-decision'],
    5: [
      'form-03',
      'form-02',
      'explanation',
      'appraisal-opinion',
      'submission-approval',
      'approval-decision',
      'form-07',
    ],
  },
  inspectionMonths: { 1: 12, 2: 12, 3: 6, 4: 6, 5: 3 },
  requirementGroups: { management: managementGroupsNd331, technical: technicalGroups },
  requiredForSubmission: requiredForSubmissionNd331,
  unconfirmed: ['rules', 'legalBases', 'standard', 'clocks', 'forms'],
};
