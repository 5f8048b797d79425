import type { DocumentParty, FormData } from '#shared/documents/form-data.schemas.js';
import { nd331 } from '#shared/regimes/nd331.js';
import type { Regime } from '#shared/regimes/regime.schemas.js';

/**
 * Pieces the samples share beyond the Yên Định dossier of sample-data.ts: a regime's rule as a
 * document cites it, the nd331 regime, the Thanh Hóa bodies after the two-tier reform of 1/7/2025
 * (nd331 is in force from 19/8/2026), and the longer content of a level 4-5 dossier.
 */

/** A rule as the forms cite it, taken from the shipped regime so samples follow its wording. */
export function documentRule(regime: Regime, ruleId: string): FormData['systems'][number]['rules'][number] {
  const rule = regime.rules.find((candidate) => candidate.id === ruleId);
  if (!rule) throw new Error(`Quy tắc ${ruleId} không có trong chế độ ${regime.id}`);
  return { ruleId, citation: rule.citation.vi, explanation: rule.explanation.vi };
}

export const nd331SampleRegime: FormData['regime'] = {
  id: 'nd331',
  name: 'Nghị định 331/2026/NĐ-CP',
  legalBases: nd331.legalBases,
  standard: nd331.standard,
};

interface PartyDetails {
  /** Where it dates its documents; the province's seat by default. */
  place?: string;
  draftingUnit?: string;
  functionsBasis?: string;
  superiors?: string[];
}

const party = (
  name: string,
  shortName: string,
  parentName: string | null,
  headTitle: string,
  { place = 'Thanh Hóa', draftingUnit = '', functionsBasis = '', superiors = [] }: PartyDetails = {},
): DocumentParty => ({ name, shortName, place, parentName, headTitle, draftingUnit, functionsBasis, superiors });

const provinceName = 'Ủy ban nhân dân tỉnh Thanh Hóa';
const scienceDepartmentName = 'Sở Khoa học và Công nghệ tỉnh Thanh Hóa';

/**
 * The bodies of the nd331 samples, each with the bodies above it in the organisation tree. The functions acts
 * are illustrative; the police leave theirs to the clerk (a blank in the documents).
 */
export const thanhHoa = {
  province: party(provinceName, 'UBND', null, 'Chủ tịch', {
    draftingUnit: 'VP',
    functionsBasis: 'Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025',
  }),
  scienceDepartment: party(scienceDepartmentName, 'SKHCN', 'UBND tỉnh Thanh Hóa', 'Giám đốc', {
    draftingUnit: 'CĐS',
    functionsBasis:
      'Quyết định số 15/2025/QĐ-UBND ngày 20 tháng 6 năm 2025 của Ủy ban nhân dân tỉnh Thanh Hóa quy định chức ' +
      'năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Khoa học và Công nghệ tỉnh Thanh Hóa',
    superiors: [provinceName],
  }),
  itCentre: party('Trung tâm Công nghệ thông tin và Truyền thông', 'TTCNTT', scienceDepartmentName, 'Giám đốc', {
    draftingUnit: 'HTAT',
    superiors: [scienceDepartmentName, provinceName],
  }),
  /** The designated security unit of the province since 3/2025 (the provincial police, PA05). */
  police: party('Công an tỉnh Thanh Hóa', 'CAT-PA05', 'Bộ Công an', 'Giám đốc', { superiors: ['Bộ Công an'] }),
  /** The external appraiser of levels 4-5 under nd331. */
  ministry: party('Bộ Công an', 'BCA-A05', null, 'Bộ trưởng', { place: 'Hà Nội' }),
};

/** The security plan of the province's shared platforms. */
export const provincialSecurityPlan: FormData['content']['securityPlan'] = {
  designBuild:
    'Thiết kế phân vùng mạng theo chức năng (vùng biên, vùng máy chủ công cộng, vùng máy chủ nội bộ, vùng quản trị); ' +
    'triển khai tường lửa hai lớp, hệ thống phòng chống xâm nhập và cân bằng tải có dự phòng; kiểm thử an toàn ứng ' +
    'dụng trước khi đưa vào vận hành.',
  operation:
    'Ban hành quy trình vận hành, quản trị; phân quyền theo nguyên tắc tối thiểu; quản lý tài khoản đặc quyền tập ' +
    'trung; sao lưu dữ liệu hằng ngày và sao lưu ngoại vi hằng tuần; cập nhật bản vá trong vòng 30 ngày.',
  inspection:
    'Rà quét lỗ hổng định kỳ hằng quý; thuê tổ chức được cấp phép kiểm tra, đánh giá an toàn thông tin hằng năm và ' +
    'trước khi đưa vào sử dụng.',
  riskManagement:
    'Đánh giá rủi ro khi xác định cấp độ lần đầu, khi hệ thống thay đổi và hằng năm; lập và theo dõi kế hoạch xử lý ' +
    'rủi ro.',
  monitoring:
    'Giám sát an toàn thông tin tập trung 24/7 qua hệ thống SIEM; chia sẻ thông tin giám sát với Công an tỉnh và Bộ ' +
    'Công an.',
  incidentResponse:
    'Kịch bản ứng cứu cho các sự cố tấn công từ chối dịch vụ, mã độc mã hóa dữ liệu và lộ lọt dữ liệu; diễn tập hằng ' +
    'năm; khôi phục hệ thống từ bản sao lưu trong vòng 04 giờ.',
  endOfLife:
    'Thu hồi quyền truy cập, xóa an toàn dữ liệu theo tiêu chuẩn trước khi thanh lý thiết bị; lập biên bản hủy dữ ' +
    'liệu.',
};

export const provincialHighLevelAnalysis: FormData['content']['highLevelAnalysis'] = {
  connectedSystems:
    'Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP); Cơ sở dữ liệu quốc gia về dân cư; Cổng Dịch vụ công quốc ' +
    'gia; hệ thống thông tin giải quyết thủ tục hành chính của tỉnh; các cơ sở dữ liệu chuyên ngành của các sở, ngành.',
  threats:
    'Tấn công từ chối dịch vụ phân tán; mã độc mã hóa dữ liệu; khai thác lỗ hổng ứng dụng web và giao diện lập ' +
    'trình; chiếm quyền tài khoản quản trị; lộ lọt dữ liệu cá nhân qua các hệ thống kết nối.',
  impact:
    'Gián đoạn việc giải quyết thủ tục hành chính và chia sẻ dữ liệu trên toàn tỉnh; lộ lọt dữ liệu cá nhân của ' +
    'người dân; ảnh hưởng tới kết nối với các hệ thống quốc gia và uy tín của chính quyền.',
};

type Requirement = FormData['content']['requirements'][number];

/**
 * The requirements of a level 4-5 dossier item by item, so its annex runs over several pages. The
 * group names are the shipped ones; the items are short headings, not the standard's copyrighted text.
 */
const requirementItems: Array<[group: string, kind: Requirement['kind'], items: string[]]> = [
  [
    'Thiết lập chính sách an toàn thông tin',
    'management',
    ['Chính sách an toàn thông tin', 'Xây dựng và công bố', 'Rà soát, cập nhật'],
  ],
  [
    'Tổ chức bảo đảm an toàn thông tin',
    'management',
    ['Đơn vị chuyên trách', 'Phối hợp với cơ quan, tổ chức có thẩm quyền'],
  ],
  [
    'Bảo đảm nguồn nhân lực',
    'management',
    ['Tuyển dụng', 'Trong quá trình làm việc', 'Chấm dứt hoặc thay đổi công việc'],
  ],
  [
    'Quản lý thiết kế, xây dựng hệ thống',
    'management',
    ['Thiết kế an toàn hệ thống', 'Phát triển phần mềm thuê khoán', 'Thử nghiệm và nghiệm thu'],
  ],
  [
    'Quản lý vận hành hệ thống',
    'management',
    [
      'Quản lý an toàn mạng',
      'Quản lý an toàn máy chủ và ứng dụng',
      'Quản lý an toàn dữ liệu',
      'Quản lý sự cố',
      'Quản lý giám sát',
    ],
  ],
  ['Quản lý rủi ro an toàn thông tin', 'management', ['Nhận diện rủi ro', 'Đánh giá và xử lý rủi ro']],
  ['Kết thúc vận hành, khai thác, thanh lý, hủy bỏ', 'management', ['Thu hồi, thanh lý thiết bị', 'Hủy dữ liệu']],
  [
    'Bảo đảm an toàn mạng',
    'technical',
    [
      'Thiết kế hệ thống',
      'Kiểm soát truy cập từ bên ngoài mạng',
      'Kiểm soát truy cập từ bên trong mạng',
      'Nhật ký hệ thống',
      'Phòng chống xâm nhập',
      'Phòng chống phần mềm độc hại trên môi trường mạng',
      'Bảo vệ thiết bị hệ thống',
    ],
  ],
  [
    'Bảo đảm an toàn máy chủ',
    'technical',
    [
      'Xác thực',
      'Kiểm soát truy cập',
      'Nhật ký hệ thống',
      'Phòng chống xâm nhập',
      'Phòng chống phần mềm độc hại',
      'Xử lý máy chủ khi chuyển giao',
    ],
  ],
  [
    'Bảo đảm an toàn ứng dụng',
    'technical',
    [
      'Xác thực',
      'Kiểm soát truy cập',
      'Nhật ký hệ thống',
      'Bảo mật thông tin liên lạc',
      'Chống chối bỏ',
      'An toàn ứng dụng và mã nguồn',
    ],
  ],
  ['Bảo đảm an toàn dữ liệu', 'technical', ['Nguyên vẹn dữ liệu', 'Bảo mật dữ liệu', 'Sao lưu dự phòng']],
];

/** Items still under way in the samples, with the reason the annex gives. */
const partlyDone: Record<string, string> = {
  'Phát triển phần mềm thuê khoán': 'Đang bổ sung điều khoản an toàn thông tin vào hợp đồng.',
  'Quản lý giám sát': 'Đang mở rộng giám sát tới các máy chủ nội bộ.',
  'Chống chối bỏ': 'Đang tích hợp chữ ký số cho các giao dịch quản trị.',
  'Sao lưu dự phòng': 'Dự kiến hoàn thành sao lưu ngoại vi trong quý I/2027.',
};

export const detailedRequirementRows: Requirement[] = requirementItems.flatMap(([group, kind, items]) =>
  items.map((item): Requirement => {
    const note = partlyDone[item];
    return {
      group: `${group}: ${item.toLocaleLowerCase('vi-VN')}`,
      kind,
      status: note ? 'partly' : 'fully',
      note: note ?? '',
    };
  }),
);
