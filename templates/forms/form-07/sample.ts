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
 * The provincial People's Committee's decision 3456/QĐ-UBND approving the security plan of the
 * province's data centre, placed at level 5 by designation, after the Ministry's appraisal.
 */
export const form07Sample: FormData = {
  ...sampleFormData,
  form: 'form-07',
  regime: nd331SampleRegime,
  dossierTitle: 'Hồ sơ đề xuất cấp độ Trung tâm dữ liệu tỉnh Thanh Hóa',
  level: 5,
  systems: [
    {
      name: 'Trung tâm dữ liệu tỉnh Thanh Hóa',
      owner: 'Ủy ban nhân dân tỉnh Thanh Hóa',
      operator: 'Trung tâm Công nghệ thông tin và Truyền thông',
      level: 5,
      rules: [documentRule(nd331, 'N12'), documentRule(nd331, 'N23')],
    },
  ],
  operator: thanhHoa.itCentre,
  owner: thanhHoa.province,
  appraiser: thanhHoa.ministry,
  approver: thanhHoa.province,
  number: { number: 3456, typeCode: 'QĐ', issuerCode: 'UBND', date: '2026-12-15' },
  signature: { mark: 'KT', markedAuthority: 'Chủ tịch', title: 'Phó Chủ tịch', signerName: 'Trần Văn Bình' },
  submission: { symbol: '58/TTr-TTCNTT', date: '2026-12-01' },
  appraisal: {
    reference: { symbol: '125/BCA-A05', date: '2026-11-20' },
    conclusions: { level: 'suitable', designPlan: 'suitable', operationPlan: 'suitable' },
    comment: 'Phương án đáp ứng yêu cầu cơ bản đối với cấp độ 5; đề nghị hoàn thành sao lưu ngoại vi trong quý I/2027.',
  },
  content: {
    overview: {
      scope: 'Hạ tầng máy chủ, lưu trữ và mạng dùng chung cho các hệ thống thông tin của cơ quan nhà nước trong tỉnh.',
      scale:
        '120 máy chủ vật lý, 900 máy chủ ảo; 02 phòng máy chủ chính và dự phòng; kết nối mạng truyền số liệu chuyên ' +
        'dùng và Internet.',
      users:
        'Các sở, ngành, Ủy ban nhân dân các xã, phường đặt hệ thống tại Trung tâm dữ liệu; quản trị viên của Trung ' +
        'tâm.',
      logicalArchitecture:
        'Vùng biên, vùng máy chủ công cộng, vùng máy chủ nội bộ, vùng lưu trữ, vùng quản trị và vùng giám sát, phân ' +
        'tách bằng tường lửa.',
      physicalArchitecture:
        'Phòng máy chủ chính tại thành phố Thanh Hóa, phòng máy chủ dự phòng cách 20 km; đường truyền cáp quang kép.',
      devicesAndApplications:
        'Tường lửa thế hệ mới, hệ thống phòng chống xâm nhập, hệ thống SIEM, hạ tầng ảo hóa, hệ thống lưu trữ và sao ' +
        'lưu.',
      networkZones:
        'Vùng biên 203.0.113.0/26; vùng máy chủ công cộng 172.16.10.0/23; vùng nội bộ 172.16.20.0/22; vùng quản trị ' +
        '172.16.99.0/24.',
    },
    design: {
      kind: 'equivalent',
      description: 'Hệ thống đang vận hành; tài liệu tương đương gồm hồ sơ hoàn công, sơ đồ mạng và danh mục thiết bị.',
    },
    levelExplanation:
      'Trung tâm dữ liệu là hạ tầng thông tin dùng chung của tỉnh (cấp độ 3) và được Thủ tướng Chính phủ xác định ' +
      'thuộc danh mục hệ thống thông tin cấp độ 5.',
    riskIdentification:
      'Rủi ro chính: tấn công có chủ đích vào hạ tầng dùng chung; sự cố điện, làm mát tại phòng máy chủ; lộ lọt dữ ' +
      'liệu của các hệ thống đặt tại Trung tâm.',
    securityPlan: provincialSecurityPlan,
    requirements: detailedRequirementRows,
    highLevelAnalysis: provincialHighLevelAnalysis,
  },
  attachments: ['ho-so-hoan-cong.pdf', 'so-do-mang-trung-tam-du-lieu.pdf', 'bao-cao-danh-gia-rui-ro.pdf'],
};
