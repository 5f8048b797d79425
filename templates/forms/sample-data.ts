import type { FormData } from '#shared/documents/form-data.schemas.js';
import { nd85 } from '#shared/regimes/nd85.js';

const province = 'Ủy ban nhân dân tỉnh Thanh Hóa';
const district = 'Ủy ban nhân dân huyện Yên Định';

/**
 * The Sở, designated unit of the province's units under nd85, as the demo names it. Its functions act is left
 * to its settings, so the approval decision shows the blank a clerk fills.
 */
const provincialDepartment: FormData['approver'] = {
  name: 'Sở Thông tin và Truyền thông tỉnh Thanh Hóa',
  shortName: 'STTTT',
  place: 'Thanh Hóa',
  parentName: 'UBND tỉnh Thanh Hóa',
  headTitle: 'Giám đốc',
  draftingUnit: 'PCNTT',
  functionsBasis: '',
  superiors: [province],
};

/**
 * A complete, realistic dossier of the Yên Định demo (docs/domain.md#demo-data) as the forms see it. Each
 * form's sample starts from here and changes what its own case needs (regime, level, numbers).
 */
export const sampleFormData: FormData = {
  form: 'approval-decision',
  regime: { id: 'nd85', name: 'Nghị định 85/2016/NĐ-CP', legalBases: nd85.legalBases, standard: nd85.standard },
  dossierTitle: 'Hồ sơ đề xuất cấp độ Hệ thống thông tin của Trung tâm Dịch vụ nông nghiệp huyện Yên Định',
  level: 2,
  systems: [
    {
      name: 'Hệ thống mạng nội bộ và phần mềm quản lý văn bản của Trung tâm Dịch vụ nông nghiệp',
      owner: district,
      operator: 'Trung tâm Dịch vụ nông nghiệp huyện Yên Định',
      level: 2,
      rules: [
        {
          ruleId: 'R2',
          citation: 'Khoản 1 Điều 8 Nghị định 85/2016/NĐ-CP',
          explanation:
            'Hệ thống phục vụ hoạt động nội bộ, xử lý thông tin riêng, thông tin cá nhân, không xử lý bí mật nhà nước.',
        },
      ],
    },
  ],
  operator: {
    name: 'Trung tâm Dịch vụ nông nghiệp huyện Yên Định',
    shortName: 'TTDVNN',
    place: 'Yên Định',
    parentName: 'UBND huyện Yên Định',
    headTitle: 'Giám đốc',
    // A small centre drafts without a unit of its own: its short name stands in ("Lưu: VT, TTDVNN.").
    draftingUnit: '',
    functionsBasis: '',
    superiors: [district, province],
  },
  owner: {
    name: district,
    shortName: 'UBND',
    place: 'Yên Định',
    parentName: null,
    headTitle: 'Chủ tịch',
    draftingUnit: 'VP',
    functionsBasis: 'Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015',
    superiors: [province],
  },
  appraiser: provincialDepartment,
  approver: provincialDepartment,
  number: { number: 5, typeCode: 'QĐ', issuerCode: 'STTTT', date: '2023-07-05' },
  signature: { mark: 'KT', markedAuthority: 'Giám đốc', title: 'Phó Giám đốc', signerName: 'Nguyễn Văn Lãnh Đạo' },
  submission: { symbol: '12/TTr-TTDVNN', date: '2023-06-05' },
  appraisal: {
    reference: { symbol: '08/STTTT-PCNTT', date: '2023-06-26' },
    conclusions: { level: 'suitable', designPlan: 'suitable', operationPlan: 'suitable' },
    comment: 'Hồ sơ đầy đủ thành phần theo quy định.',
  },
  content: {
    overview: {
      scope: 'Mạng nội bộ của Trung tâm và phần mềm quản lý văn bản, điều hành.',
      scale: '25 người dùng nội bộ; 01 máy chủ, 25 máy trạm; kết nối Internet qua 01 đường truyền cáp quang.',
      users: 'Cán bộ, viên chức của Trung tâm Dịch vụ nông nghiệp.',
      logicalArchitecture: 'Vùng mạng nội bộ, vùng máy chủ và vùng biên kết nối Internet, phân tách bằng tường lửa.',
      physicalArchitecture:
        'Tủ mạng đặt tại phòng máy chủ tầng 2; tường lửa, bộ chuyển mạch lõi, bộ chuyển mạch truy cập.',
      devicesAndApplications: 'Tường lửa, bộ chuyển mạch, máy chủ ứng dụng; phần mềm quản lý văn bản và điều hành.',
      networkZones: 'Vùng biên 10.10.0.0/24; vùng máy chủ 10.10.1.0/24; vùng người dùng 10.10.2.0/24.',
    },
    design: {
      kind: 'equivalent',
      description: 'Hệ thống đang vận hành; hồ sơ thiết kế tương đương gồm sơ đồ mạng và danh mục thiết bị.',
    },
    levelExplanation:
      'Hệ thống phục vụ hoạt động nội bộ của Trung tâm, xử lý thông tin riêng của cơ quan và thông tin cá nhân của ' +
      'cán bộ.',
    riskIdentification: '',
    securityPlan: {
      designBuild: 'Phân vùng mạng, tường lửa tại vùng biên, cấu hình an toàn cho máy chủ và máy trạm.',
      operation: 'Phân công cán bộ quản trị, sao lưu dữ liệu hằng tuần, cập nhật bản vá định kỳ.',
      inspection: 'Kiểm tra, đánh giá an toàn thông tin định kỳ 02 năm một lần.',
      riskManagement: 'Rà soát rủi ro hằng năm và khi hệ thống thay đổi.',
      monitoring: 'Giám sát nhật ký tường lửa và máy chủ; kết nối giám sát với Sở Thông tin và Truyền thông.',
      incidentResponse: 'Phương án ứng cứu sự cố theo hướng dẫn của đội ứng cứu sự cố tỉnh.',
      endOfLife: 'Xóa an toàn dữ liệu trên thiết bị trước khi thanh lý.',
    },
    requirements: [
      { group: 'Thiết lập chính sách an toàn thông tin', kind: 'management', status: 'fully', note: '' },
      { group: 'Tổ chức bảo đảm an toàn thông tin', kind: 'management', status: 'fully', note: '' },
      { group: 'Bảo đảm nguồn nhân lực', kind: 'management', status: 'partly', note: 'Đang cử cán bộ đi đào tạo.' },
      { group: 'Bảo đảm an toàn mạng', kind: 'technical', status: 'fully', note: '' },
      { group: 'Bảo đảm an toàn dữ liệu', kind: 'technical', status: 'not', note: 'Dự kiến hoàn thành quý IV/2023.' },
    ],
    highLevelAnalysis: { connectedSystems: '', threats: '', impact: '' },
  },
  attachments: ['so-do-mang.pdf', 'danh-muc-thiet-bi.xlsx'],
};
