import type { FormData } from '#shared/documents/form-data.schemas.js';
import { nd331 } from '#shared/regimes/nd331.js';
import { documentRule, nd331SampleRegime, provincialSecurityPlan, thanhHoa } from '../sample-parts.js';
import { sampleFormData } from '../sample-data.js';

/**
 * The IT centre's letter 35/TTCNTT-HTAT asking the provincial police to appraise the province's system for
 * administrative procedures: level 3 because it handles administrative procedures (nd331 art. 13.2.b).
 */
export const form02Sample: FormData = {
  ...sampleFormData,
  form: 'form-02',
  regime: nd331SampleRegime,
  dossierTitle: 'Hồ sơ đề xuất cấp độ Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Thanh Hóa',
  level: 3,
  systems: [
    {
      name: 'Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Thanh Hóa',
      owner: 'Ủy ban nhân dân tỉnh Thanh Hóa',
      operator: 'Trung tâm Công nghệ thông tin và Truyền thông',
      level: 3,
      rules: [documentRule(nd331, 'N4'), documentRule(nd331, 'N10')],
    },
  ],
  operator: thanhHoa.itCentre,
  owner: thanhHoa.province,
  appraiser: thanhHoa.police,
  approver: thanhHoa.province,
  number: { number: 35, typeCode: '', issuerCode: 'TTCNTT', date: '2026-09-10' },
  signature: { mark: '', markedAuthority: '', title: 'Giám đốc', signerName: 'Lê Minh Tuấn' },
  submission: null,
  appraisal: null,
  content: {
    ...sampleFormData.content,
    overview: {
      scope:
        'Tiếp nhận, giải quyết và trả kết quả thủ tục hành chính của các sở, ngành và Ủy ban nhân dân các xã, phường ' +
        'trên địa bàn tỉnh.',
      scale:
        'Khoảng 3.500 cán bộ, công chức sử dụng; 06 máy chủ ảo tại Trung tâm dữ liệu tỉnh; kết nối Cổng Dịch vụ công ' +
        'quốc gia.',
      users: 'Cán bộ, công chức các cơ quan giải quyết thủ tục hành chính; tổ chức, cá nhân nộp hồ sơ trực tuyến.',
      logicalArchitecture:
        'Lớp cổng dịch vụ công, lớp nghiệp vụ một cửa, lớp tích hợp qua nền tảng chia sẻ dữ liệu của tỉnh, lớp cơ sở ' +
        'dữ liệu.',
      physicalArchitecture: 'Máy chủ ảo đặt tại Trung tâm dữ liệu tỉnh, sau tường lửa ứng dụng web và cân bằng tải.',
      devicesAndApplications:
        'Tường lửa ứng dụng web, cân bằng tải, máy chủ ứng dụng và cơ sở dữ liệu; phần mềm một cửa điện tử, cổng ' +
        'dịch vụ công.',
      networkZones:
        'Vùng máy chủ công cộng 172.16.10.0/24; vùng máy chủ cơ sở dữ liệu 172.16.20.0/24; vùng quản trị ' +
        '172.16.99.0/24.',
    },
    design: {
      kind: 'equivalent',
      description:
        'Hệ thống đang vận hành; tài liệu tương đương gồm sơ đồ kiến trúc, danh mục máy chủ và tài liệu hướng dẫn ' +
        'vận hành.',
    },
    levelExplanation:
      'Hệ thống cung cấp dịch vụ công trực tuyến, không thuộc ngành, nghề kinh doanh có điều kiện, và phục vụ giải ' +
      'quyết thủ tục hành chính, nên thuộc cấp độ 3.',
    riskIdentification:
      'Rủi ro chính: tấn công vào cổng dịch vụ công; lộ lọt hồ sơ có dữ liệu cá nhân; gián đoạn kết nối với Cổng ' +
      'Dịch vụ công quốc gia.',
    securityPlan: provincialSecurityPlan,
  },
  attachments: ['so-do-kien-truc.pdf', 'danh-muc-may-chu.xlsx', 'bao-cao-danh-gia-rui-ro.pdf'],
};
