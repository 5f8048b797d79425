import type { FormData } from '#shared/documents/form-data.schemas.js';
import { nd331 } from '#shared/regimes/nd331.js';
import { documentRule, nd331SampleRegime, thanhHoa } from '../sample-parts.js';
import { sampleFormData } from '../sample-data.js';

/**
 * A draft (no number, no date, unsigned): the IT centre asks the
 * provincial police to appraise and approve its level-2 network.
 */
export const form01Sample: FormData = {
  ...sampleFormData,
  form: 'form-01',
  regime: nd331SampleRegime,
  dossierTitle: 'Hồ sơ đề xuất cấp độ Hệ thống mạng nội bộ của Trung tâm Công nghệ thông tin và Truyền thông',
  level: 2,
  systems: [
    {
      name: 'Hệ thống mạng nội bộ và phần mềm quản lý văn bản của Trung tâm Công nghệ thông tin và Truyền thông',
      owner: 'Sở Khoa học và Công nghệ tỉnh Thanh Hóa',
      operator: 'Trung tâm Công nghệ thông tin và Truyền thông',
      level: 2,
      rules: [documentRule(nd331, 'N3')],
    },
  ],
  operator: thanhHoa.itCentre,
  owner: thanhHoa.scienceDepartment,
  appraiser: thanhHoa.police,
  approver: thanhHoa.police,
  number: { number: null, typeCode: '', issuerCode: 'TTCNTT', date: null },
  signature: { mark: '', markedAuthority: '', title: 'Giám đốc', signerName: '' },
  submission: null,
  appraisal: null,
  content: {
    ...sampleFormData.content,
    riskIdentification:
      'Rủi ro chính: lây nhiễm mã độc qua thư điện tử và thiết bị lưu trữ di động; mất dữ liệu văn bản do hỏng máy ' +
      'chủ; truy cập trái phép từ mạng không dây.',
  },
};
