import type { FormData } from '#shared/documents/form-data.schemas.js';
import { nd85 } from '#shared/regimes/nd85.js';
import { documentRule } from '../sample-parts.js';
import { sampleFormData } from '../sample-data.js';

const office = 'Văn phòng HĐND và UBND huyện Yên Định';

/**
 * The district office's Tờ trình 20/TTr-VP asking the district People's Committee to approve a dossier
 * of two systems at level 3 (the highest of its systems), after the Sở's appraisal 21/STTTT-PCNTT.
 */
export const submissionApprovalSample: FormData = {
  ...sampleFormData,
  form: 'submission-approval',
  dossierTitle: 'Hồ sơ đề xuất cấp độ các hệ thống thông tin của Văn phòng HĐND và UBND huyện Yên Định',
  level: 3,
  systems: [
    {
      name: 'Cổng thông tin điện tử huyện Yên Định',
      owner: 'Ủy ban nhân dân huyện Yên Định',
      operator: office,
      level: 2,
      rules: [documentRule(nd85, 'R3')],
    },
    {
      name: 'Hệ thống thông tin giải quyết thủ tục hành chính huyện Yên Định',
      owner: 'Ủy ban nhân dân huyện Yên Định',
      operator: office,
      level: 3,
      rules: [documentRule(nd85, 'R8')],
    },
  ],
  operator: {
    name: office,
    shortName: 'VP',
    place: 'Yên Định',
    parentName: 'UBND huyện Yên Định',
    headTitle: 'Chánh Văn phòng',
    draftingUnit: 'TH',
    functionsBasis: '',
    superiors: ['Ủy ban nhân dân huyện Yên Định', 'Ủy ban nhân dân tỉnh Thanh Hóa'],
  },
  number: { number: 20, typeCode: 'TTr', issuerCode: 'VP', date: '2023-08-15' },
  signature: { mark: '', markedAuthority: '', title: 'Chánh Văn phòng', signerName: 'Trịnh Văn Nam' },
  submission: { symbol: '15/TTr-VP', date: '2023-07-20' },
  appraisal: {
    reference: { symbol: '21/STTTT-PCNTT', date: '2023-08-10' },
    conclusions: { level: 'suitable', designPlan: 'suitable', operationPlan: 'suitable' },
    comment: 'Hồ sơ đầy đủ thành phần; phương án đáp ứng yêu cầu cơ bản đối với cấp độ 3.',
  },
};
