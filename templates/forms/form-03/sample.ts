import type { FormData } from '#shared/documents/form-data.schemas.js';
import { nd331 } from '#shared/regimes/nd331.js';
import {
  detailedRequirementRows,
  documentRule,
  nd331SampleRegime,
  provincialHighLevelAnalysis,
  provincialSecurityPlan,
  thanhHoa,
} from '../sample-parts.js';
import { sampleFormData } from '../sample-data.js';

/**
 * The IT centre's letter 42/TTCNTT-HTAT asking the provincial police for its professional opinion on the
 * province's data-sharing platform: shared infrastructure of a province (level 3) raised to level 4 by
 * the risk framework.
 */
export const form03Sample: FormData = {
  ...sampleFormData,
  form: 'form-03',
  regime: nd331SampleRegime,
  dossierTitle: 'Hồ sơ đề xuất cấp độ Nền tảng tích hợp, chia sẻ dữ liệu tỉnh Thanh Hóa',
  level: 4,
  systems: [
    {
      name: 'Nền tảng tích hợp, chia sẻ dữ liệu tỉnh Thanh Hóa (LGSP)',
      owner: 'Ủy ban nhân dân tỉnh Thanh Hóa',
      operator: 'Trung tâm Công nghệ thông tin và Truyền thông',
      level: 4,
      rules: [documentRule(nd331, 'N12'), documentRule(nd331, 'N18')],
    },
  ],
  operator: thanhHoa.itCentre,
  owner: thanhHoa.province,
  appraiser: thanhHoa.police,
  approver: thanhHoa.province,
  number: { number: 42, typeCode: '', issuerCode: 'TTCNTT', date: '2026-10-02' },
  signature: { mark: 'KT', markedAuthority: 'Giám đốc', title: 'Phó Giám đốc', signerName: 'Phạm Thị Lan' },
  submission: null,
  appraisal: null,
  content: {
    overview: {
      scope:
        'Tích hợp, chia sẻ dữ liệu giữa các hệ thống thông tin của các sở, ngành, địa phương trong tỉnh và với các ' +
        'hệ thống quốc gia.',
      scale:
        '48 hệ thống thông tin kết nối; khoảng 2 triệu giao dịch mỗi tháng; 08 máy chủ ảo tại Trung tâm dữ liệu tỉnh.',
      users: 'Các hệ thống thông tin của cơ quan nhà nước trong tỉnh; quản trị viên của Trung tâm.',
      logicalArchitecture:
        'Lớp cổng giao tiếp, lớp điều phối dịch vụ, lớp quản lý danh mục dịch vụ, lớp giám sát giao dịch.',
      physicalArchitecture:
        'Cụm máy chủ ảo có dự phòng tại Trung tâm dữ liệu tỉnh; kết nối Nền tảng NDXP qua mạng truyền số liệu chuyên ' +
        'dùng.',
      devicesAndApplications:
        'Tường lửa, hệ thống phòng chống xâm nhập, cân bằng tải, cụm máy chủ ảo; phần mềm nền tảng tích hợp, chia sẻ ' +
        'dữ liệu.',
      networkZones:
        'Vùng tích hợp 172.16.30.0/24; vùng quản trị 172.16.99.0/24; kết nối mạng truyền số liệu chuyên dùng ' +
        '10.160.0.0/16.',
    },
    design: {
      kind: 'equivalent',
      description:
        'Hệ thống đang vận hành; tài liệu tương đương gồm thiết kế kiến trúc, danh mục dịch vụ tích hợp và sơ đồ kết ' +
        'nối.',
    },
    levelExplanation:
      'Nền tảng là hạ tầng thông tin dùng chung trong phạm vi tỉnh (cấp độ 3); kết quả đánh giá rủi ro theo khung ' +
      'đánh giá xác định cấp độ 4 do nền tảng kết nối các hệ thống quốc gia và xử lý dữ liệu cá nhân của người dân ' +
      'toàn tỉnh.',
    riskIdentification:
      'Rủi ro chính: gián đoạn dịch vụ tích hợp làm ngừng trệ thủ tục hành chính toàn tỉnh; lộ lọt dữ liệu cá nhân ' +
      'trong các giao dịch; lợi dụng kết nối để tấn công các hệ thống quốc gia.',
    securityPlan: provincialSecurityPlan,
    requirements: detailedRequirementRows,
    highLevelAnalysis: provincialHighLevelAnalysis,
  },
  attachments: ['thiet-ke-kien-truc-lgsp.pdf', 'danh-muc-dich-vu-tich-hop.xlsx', 'bao-cao-danh-gia-rui-ro.pdf'],
};
