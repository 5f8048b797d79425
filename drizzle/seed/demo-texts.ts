import type { DossierContent, securityPlanParts } from '#shared/dossiers/dossiers.schemas.js';
import type { informationSystems, organisations } from '#server/db/schema/index.js';
import { communes, publicServiceUnits, towns } from './yen-dinh.data.js';

/**
 * What each demo dossier says of its system, in the unit's own words, by kind of system: the district's
 * public web portal, a commune's internal network, a public service unit's business software. Every
 * sentence names its unit or its own facts, so that no two dossiers share a sentence, as no two real ones
 * written by different units would.
 */

export type SystemRow = typeof informationSystems.$inferInsert;
export type OrgRow = typeof organisations.$inferInsert;

/** The nd85 requirement groups (shared/regimes/requirement-groups.ts), each with its note. */
export type RequirementNotes = Record<
  | 'policy'
  | 'organisation'
  | 'personnel'
  | 'designBuild'
  | 'operation'
  | 'network'
  | 'servers'
  | 'applications'
  | 'data',
  string
>;

export interface DemoTexts {
  overview: DossierContent['overview'];
  design: string;
  /** Why the system is of its level, before the deciding rule is cited. */
  levelReason: string;
  plan: Record<(typeof securityPlanParts)[number], string>;
  notes: RequirementNotes;
}

/** Two digits for small counts, as documents write them ("02 bộ chuyển mạch"). */
const two = (value: number) => String(value).padStart(2, '0');
const weekdays = ['thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu'];

/** The district's web portal: a public site in the province's data centre, read by anyone on the Internet. */
export function portalTexts(system: SystemRow): DemoTexts {
  const site = system.address ?? 'yendinh.thanhhoa.gov.vn';
  const visits = (system.externalUserCount ?? 0).toLocaleString('vi-VN');
  return {
    overview: {
      scope:
        `Cổng thông tin điện tử huyện Yên Định (${site}) công bố công khai trên Internet thông tin chỉ đạo, điều ` +
        'hành, văn bản, thủ tục hành chính và tin tức của huyện; 26 trang thông tin thành phần của các xã, thị trấn ' +
        'chạy trên cùng nền tảng.',
      scale:
        `Khoảng ${visits} lượt truy cập của người dân mỗi tháng; ${system.internalUserCount} tài khoản biên tập, ` +
        'quản trị của các phòng chuyên môn thuộc huyện và của 26 xã, thị trấn.',
      users:
        'Người dân, doanh nghiệp truy cập công khai, không cần đăng nhập và không gửi thông tin cá nhân lên cổng; ' +
        'biên tập viên đăng nhập trang quản trị để soạn, duyệt và đăng tin bài; quản trị viên của Phòng Văn hóa và ' +
        'Thông tin huyện quản trị hệ thống.',
      logicalArchitecture:
        'Cổng gồm ba vùng: vùng công khai (DMZ) đặt máy chủ web phục vụ người truy cập từ Internet qua giao thức ' +
        'HTTPS; vùng máy chủ nội bộ đặt máy chủ cơ sở dữ liệu của hệ quản trị nội dung (CMS), chỉ nhận kết nối từ ' +
        'máy chủ web; vùng quản trị, từ đó biên tập viên vào trang quản trị CMS qua mạng truyền số liệu chuyên ' +
        'dùng. Tường lửa phân tách ba vùng và từ Internet chỉ cho phép truy cập cổng 443 của máy chủ web.',
      physicalArchitecture:
        'Máy chủ web và máy chủ cơ sở dữ liệu là máy chủ ảo đặt tại Trung tâm dữ liệu của tỉnh do Sở Thông tin và ' +
        'Truyền thông quản lý; đường truyền Internet, tường lửa và thiết bị cân bằng tải thuộc hạ tầng của Trung tâm ' +
        'dữ liệu.',
      devicesAndApplications:
        'Hai máy chủ web chạy hệ quản trị nội dung của cổng sau thiết bị cân bằng tải, một máy chủ cơ sở dữ liệu, ' +
        `tường lửa ứng dụng web (WAF) lọc các yêu cầu từ Internet; tên miền ${site} dùng chứng thư số SSL.`,
      networkZones:
        `Vùng DMZ: máy chủ web có địa chỉ IP công cộng gắn với tên miền ${site}; vùng máy chủ nội bộ: máy chủ cơ ` +
        'sở dữ liệu dùng địa chỉ riêng; vùng quản trị: trang quản trị CMS chỉ mở cho các địa chỉ thuộc mạng truyền ' +
        'số liệu chuyên dùng.',
    },
    design:
      'Hồ sơ thiết kế tương đương gồm sơ đồ triển khai cổng tại Trung tâm dữ liệu của tỉnh và tài liệu kỹ thuật ' +
      'của hệ quản trị nội dung đang vận hành.',
    levelReason:
      'Cổng thông tin điện tử huyện Yên Định phục vụ người dân, doanh nghiệp, chỉ cung cấp thông tin công cộng và ' +
      'không xử lý thông tin cá nhân của người truy cập',
    plan: {
      designBuild:
        'Mọi thay đổi giao diện, chức năng của cổng được thử nghiệm trên bản sao trước khi đưa lên máy chủ web công ' +
        'khai.',
      operation:
        'Quản trị viên cập nhật bản vá của hệ quản trị nội dung và máy chủ web hằng tháng; nội dung cổng được sao ' +
        'lưu hằng ngày, cơ sở dữ liệu hằng tuần.',
      inspection:
        'Cổng được kiểm tra, đánh giá an toàn thông tin định kỳ 02 năm một lần và rà quét lỗ hổng mỗi khi nâng cấp ' +
        'phiên bản CMS.',
      riskManagement:
        'Các nguy cơ chính đối với cổng (thay đổi giao diện trái phép, tấn công từ chối dịch vụ, chèn mã độc vào ' +
        'trang) được đánh giá lại hằng năm.',
      monitoring:
        'Hệ thống giám sát an toàn thông tin của tỉnh theo dõi nhật ký máy chủ web và cảnh báo của WAF; trạng thái ' +
        'truy cập của cổng được kiểm tra tự động 5 phút một lần.',
      incidentResponse:
        'Khi cổng bị thay đổi giao diện hoặc gián đoạn, quản trị viên tạm dừng trang, khôi phục từ bản sao lưu gần ' +
        'nhất và báo cáo Đội ứng cứu sự cố an toàn thông tin mạng của tỉnh.',
      endOfLife:
        'Khi ngừng sử dụng, dữ liệu của cổng được chuyển sang lưu trữ và các máy chủ ảo được xóa theo quy trình của ' +
        'Trung tâm dữ liệu.',
    },
    notes: {
      policy:
        'Cổng vận hành theo Quy chế quản lý, vận hành Cổng thông tin điện tử huyện và Quy chế bảo đảm an toàn ' +
        'thông tin mạng của UBND huyện Yên Định.',
      organisation:
        'Văn phòng HĐND và UBND huyện chủ trì nội dung; Phòng Văn hóa và Thông tin phụ trách kỹ thuật và an toàn ' +
        'thông tin của cổng.',
      personnel:
        'Biên tập viên, quản trị viên được tập huấn về đăng tin an toàn và nhận diện thư giả mạo trước khi được cấp ' +
        'tài khoản.',
      designBuild: 'Nhà cung cấp hệ quản trị nội dung cam kết khắc phục lỗ hổng trong thời hạn bảo hành, bảo trì.',
      operation: 'Tài khoản biên tập được phân quyền theo chuyên mục; tài khoản không dùng quá 90 ngày bị khóa.',
      network:
        'Tường lửa và WAF của Trung tâm dữ liệu chỉ cho phép HTTPS từ Internet vào vùng DMZ; trang quản trị không ' +
        'mở ra Internet.',
      servers:
        'Máy chủ web, máy chủ cơ sở dữ liệu được cấu hình cứng hóa, tắt dịch vụ không dùng và cài phần mềm phòng ' +
        'chống mã độc.',
      applications: 'Trang quản trị CMS yêu cầu xác thực hai lớp; tệp tải lên được kiểm tra định dạng trước khi đăng.',
      data:
        'Dữ liệu cổng chỉ gồm thông tin công khai; bản sao lưu được giữ 30 ngày ở vùng lưu trữ riêng của Trung tâm ' +
        'dữ liệu.',
    },
  };
}

/** A commune's or town's internal network: its own figures, drawn from its place in the district's list. */
export function communeTexts(system: SystemRow, operator: OrgRow): DemoTexts {
  const local = `${operator.kind === 'town' ? 'thị trấn' : 'xã'} ${operator.place}`;
  const unit = `UBND ${local}`;
  const index = [...towns, ...communes].indexOf(operator.place);
  const users = system.internalUserCount ?? 20;
  const workstations = users - 3 - (index % 3);
  const switches = two(1 + (index % 3));
  const provider = index % 2 === 0 ? 'VNPT Thanh Hóa' : 'Viettel Thanh Hóa';
  const backupDay = weekdays[index % weekdays.length]!;
  const room = ['phòng Văn phòng - Thống kê', 'phòng làm việc của bộ phận một cửa', 'phòng máy tầng 2'][index % 3]!;
  const officer = `công chức Văn phòng - Thống kê ${local}`;
  return {
    overview: {
      scope:
        `Hệ thống phục vụ công tác chỉ đạo, điều hành, quản lý văn bản và giải quyết thủ tục hành chính tại bộ ` +
        `phận một cửa của ${unit}.`,
      scale:
        `${users} cán bộ, công chức của ${unit} làm việc trên ${workstations} máy trạm; hệ thống không cung cấp ` +
        'dịch vụ trực tuyến cho người dân.',
      users: `Người sử dụng là cán bộ, công chức của ${unit}; ${officer} được phân công quản trị mạng và máy trạm.`,
      logicalArchitecture:
        `Mạng nội bộ (LAN) của ${unit} là một phân vùng máy trạm, kết nối Internet qua đường cáp quang của ` +
        `${provider} và kết nối mạng truyền số liệu chuyên dùng để dùng các hệ thống dùng chung của tỉnh; tường ` +
        'lửa ngăn mạng nội bộ với hai đường kết nối này.',
      physicalArchitecture:
        `Tủ mạng đặt tại ${room} trong trụ sở ${unit}, gồm tường lửa, ${switches} bộ chuyển mạch và thiết bị đầu ` +
        'cuối mạng truyền số liệu chuyên dùng; máy trạm đặt tại các phòng làm việc và bộ phận một cửa.',
      devicesAndApplications:
        `${workstations} máy trạm của ${unit} cài phần mềm phòng chống mã độc có quản lý tập trung và dùng qua ` +
        'trình duyệt các ứng dụng của tỉnh: quản lý văn bản và điều hành, một cửa điện tử, thư điện tử công vụ.',
      networkZones:
        `Vùng máy trạm của ${unit} dùng dải địa chỉ riêng 192.168.${10 + index}.0/24; thiết bị đầu cuối mạng ` +
        `truyền số liệu chuyên dùng dùng địa chỉ do Sở Thông tin và Truyền thông cấp; không có máy chủ đặt tại ` +
        `${local}.`,
    },
    design:
      `Hồ sơ thiết kế tương đương gồm sơ đồ mạng nội bộ và danh mục thiết bị hiện có tại trụ sở ${unit}, lập khi ` +
      'rà soát hiện trạng.',
    levelReason:
      `Hệ thống của ${unit} phục vụ hoạt động nội bộ, xử lý thông tin riêng của cơ quan và thông tin cá nhân của ` +
      'công dân đến giải quyết thủ tục hành chính, không xử lý bí mật nhà nước',
    plan: {
      designBuild:
        `Khi bổ sung máy trạm, thiết bị mạng, ${unit} áp dụng yêu cầu an toàn cơ bản đối với cấp độ 2 và chỉ lắp ` +
        'đặt thiết bị có nguồn gốc rõ ràng.',
      operation:
        `Bản vá hệ điều hành trên máy trạm của ${unit} được cập nhật hằng tháng; dữ liệu trên máy trạm được sao ` +
        `lưu vào ${backupDay} hằng tuần.`,
      inspection:
        `${unit} tự kiểm tra an toàn thông tin 02 năm một lần và đề nghị Sở Thông tin và Truyền thông kiểm tra ` +
        'khi hệ thống thay đổi lớn.',
      riskManagement:
        `Rủi ro an toàn thông tin của ${unit} được rà soát hằng năm, cùng đợt báo cáo tình hình bảo đảm an toàn ` +
        'hệ thống thông tin.',
      monitoring:
        `Nhật ký tường lửa và cảnh báo phần mềm phòng chống mã độc của ${unit} được theo dõi hằng ngày; cảnh báo ` +
        'bất thường được báo về Phòng Văn hóa và Thông tin huyện.',
      incidentResponse:
        `Khi có sự cố, ${unit} cách ly máy bị ảnh hưởng khỏi mạng và báo cáo Đội ứng cứu sự cố an toàn thông tin ` +
        'mạng tỉnh Thanh Hóa theo kế hoạch ứng phó sự cố của huyện.',
      endOfLife: `Ổ cứng của máy trạm thanh lý được xóa an toàn hoặc hủy, có biên bản lưu tại ${unit}.`,
    },
    notes: {
      policy:
        `${unit} áp dụng Quy chế bảo đảm an toàn thông tin mạng ban hành kèm theo Quyết định số 5144/QĐ-UBND ngày ` +
        '31/12/2019 của UBND huyện Yên Định.',
      organisation: `Chủ tịch ${unit} chịu trách nhiệm chung; ${officer} được giao phụ trách an toàn thông tin.`,
      personnel:
        `Cán bộ, công chức của ${unit} được phổ biến quy chế an toàn thông tin và dự tập huấn do huyện tổ chức ` +
        'hằng năm.',
      designBuild: `Sơ đồ mạng, danh mục thiết bị của ${unit} được cập nhật mỗi khi có thay đổi.`,
      operation:
        `Tài khoản của người dùng tại ${unit} được cấp theo nhiệm vụ và thu hồi khi công chức chuyển công ` + 'tác.',
      network:
        `Tường lửa tại trụ sở ${unit} chặn mọi kết nối từ Internet vào mạng nội bộ; mạng không dây cho khách tách ` +
        'riêng khỏi mạng máy trạm.',
      servers: `${unit} không đặt máy chủ; các ứng dụng dùng chung chạy tại Trung tâm dữ liệu của tỉnh.`,
      applications:
        `Người dùng của ${unit} đăng nhập các ứng dụng bằng tài khoản cá nhân với mật khẩu đủ độ phức tạp, qua ` +
        'kết nối mã hóa.',
      data:
        `Văn bản, hồ sơ thủ tục hành chính của ${unit} được lưu trên hệ thống dùng chung của tỉnh, không lưu lâu ` +
        'dài trên máy trạm.',
    },
  };
}

/** A public service unit's network and the business software its work needs (yen-dinh.data.ts). */
export function serviceUnitTexts(system: SystemRow, operator: OrgRow): DemoTexts {
  const profile = publicServiceUnits.find((unit) => unit.name === operator.name);
  if (!profile) throw new Error(`No demo profile for ${operator.name}`);
  const unit = profile.name.replace(/ huyện Yên Định$/, '');
  const { software, personalData } = profile;
  const staff = system.internalUserCount ?? profile.staff;
  return {
    overview: {
      scope: `Hệ thống phục vụ công tác quản lý và nghiệp vụ của ${unit}, trong đó có ${software}.`,
      scale: `${staff} viên chức, người lao động của ${unit} sử dụng hệ thống trên ${staff - 2} máy trạm.`,
      users:
        `Viên chức, người lao động của ${unit} sử dụng hệ thống; một viên chức kiêm nhiệm quản trị mạng và ` +
        'máy chủ.',
      logicalArchitecture:
        `Mạng nội bộ (LAN) của ${unit} gồm vùng máy trạm và vùng máy chủ nghiệp vụ, kết nối Internet qua tường ` +
        `lửa; ${personalData} chỉ lưu ở vùng máy chủ.`,
      physicalArchitecture:
        `Máy chủ nghiệp vụ và thiết bị mạng đặt trong tủ rack có khóa tại phòng kỹ thuật của ${unit}; máy trạm đặt ` +
        'tại các phòng chuyên môn.',
      devicesAndApplications:
        `Một máy chủ cài ${software}, một tường lửa, một bộ chuyển mạch và ${staff - 2} máy trạm của ${unit} có ` +
        'phần mềm phòng chống mã độc.',
      networkZones:
        `Vùng máy chủ nghiệp vụ và vùng máy trạm của ${unit} dùng hai dải địa chỉ riêng, tách nhau bởi tường ` + 'lửa.',
    },
    design: `Hồ sơ thiết kế tương đương gồm sơ đồ mạng và danh mục thiết bị của ${unit}, lập khi rà soát hiện trạng.`,
    levelReason:
      `Hệ thống của ${unit} phục vụ hoạt động nội bộ, xử lý ${personalData} là thông tin cá nhân nhưng không xử ` +
      'lý bí mật nhà nước',
    plan: {
      designBuild: `Phần mềm nghiệp vụ mới của ${unit} được kiểm tra an toàn trước khi đưa vào sử dụng.`,
      operation:
        `Dữ liệu ${personalData} được sao lưu hằng ngày ra thiết bị lưu trữ riêng của ${unit}; bản vá hệ điều hành ` +
        'được cập nhật hằng tháng.',
      inspection: `${unit} kiểm tra, đánh giá an toàn thông tin định kỳ 02 năm một lần.`,
      riskManagement: `${unit} rà soát hằng năm rủi ro lộ, mất ${personalData}.`,
      monitoring: `Nhật ký đăng nhập máy chủ nghiệp vụ của ${unit} được xem xét hằng tuần.`,
      incidentResponse:
        `${unit} báo cáo sự cố về Phòng Văn hóa và Thông tin huyện và phối hợp với Đội ứng cứu sự cố an toàn thông ` +
        'tin mạng của tỉnh.',
      endOfLife: `Dữ liệu trên thiết bị thanh lý của ${unit} được xóa an toàn, có biên bản.`,
    },
    notes: {
      policy: `${unit} áp dụng Quy chế bảo đảm an toàn thông tin mạng của UBND huyện Yên Định.`,
      organisation: `Giám đốc ${unit} chịu trách nhiệm chung; một viên chức được giao phụ trách an toàn thông tin.`,
      personnel: `Viên chức của ${unit} được phổ biến quy chế và dự tập huấn an toàn thông tin hằng năm.`,
      designBuild: `Hợp đồng mua sắm phần mềm của ${unit} ghi rõ trách nhiệm khắc phục lỗ hổng của nhà cung cấp.`,
      operation: `Quyền truy cập ${personalData} tại ${unit} được cấp theo nhiệm vụ.`,
      network: `Tường lửa của ${unit} chặn kết nối từ Internet vào vùng máy chủ nghiệp vụ.`,
      servers: `Máy chủ nghiệp vụ của ${unit} được cấu hình cứng hóa và cập nhật bản vá hằng tháng.`,
      applications:
        `Phần mềm nghiệp vụ của ${unit} ghi nhật ký đăng nhập và khóa tài khoản sau 5 lần nhập sai mật ` + 'khẩu.',
      data: `Bản sao lưu ${personalData} của ${unit} được cất giữ tách khỏi máy chủ.`,
    },
  };
}
