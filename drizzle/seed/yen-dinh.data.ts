/**
 * The Yên Định district as it stood in mid-2023 (docs/domain.md#demo-data). Decision numbers, dates and
 * people's names are illustrative; the structure and counts are the district's own report.
 */
export const DEMO_PASSWORD = 'YenDinh@2023';

export const towns = ['Quán Lào', 'Thống Nhất', 'Quý Lộc', 'Yên Lâm'];

export const communes = [
  'Định Bình',
  'Định Công',
  'Định Hải',
  'Định Hòa',
  'Định Hưng',
  'Định Liên',
  'Định Long',
  'Định Tân',
  'Định Tăng',
  'Định Thành',
  'Định Tiến',
  'Yên Hùng',
  'Yên Lạc',
  'Yên Ninh',
  'Yên Phong',
  'Yên Phú',
  'Yên Tâm',
  'Yên Thái',
  'Yên Thịnh',
  'Yên Thọ',
  'Yên Trung',
  'Yên Trường',
];

/**
 * The public service units, each with the work its system serves and the personal data it holds: what
 * makes one unit's dossier read differently from another's.
 */
export const publicServiceUnits = [
  {
    key: 'ttdvnn',
    name: 'Trung tâm Dịch vụ nông nghiệp huyện Yên Định',
    shortName: 'TTDVNN',
    staff: 14,
    software: 'phần mềm quản lý cung ứng giống cây trồng, vật tư nông nghiệp và sổ theo dõi dịch bệnh trên cây trồng',
    personalData: 'danh sách hộ sản xuất đăng ký dịch vụ khuyến nông',
  },
  {
    key: 'ttvhtt',
    name: 'Trung tâm Văn hóa, Thông tin, Thể thao và Du lịch huyện Yên Định',
    shortName: 'TTVHTTTTDL',
    staff: 17,
    software: 'phần mềm biên tập, phát sóng chương trình của đài truyền thanh và phần mềm quản lý thư viện huyện',
    personalData: 'thẻ bạn đọc của thư viện',
  },
  {
    key: 'ttgdnn',
    name: 'Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Yên Định',
    shortName: 'TTGDNN-GDTX',
    staff: 22,
    software: 'phần mềm quản lý học viên, điểm và văn bằng, chứng chỉ',
    personalData: 'hồ sơ tuyển sinh và kết quả học tập của học viên',
  },
];

export type DemoOrgKey = 'province' | 'department' | 'district' | `commune:${string}` | `psu:${string}`;

export const demoUsers: Array<{
  username: string;
  fullName: string;
  org: DemoOrgKey;
  role: 'officer' | 'appraiser' | 'approver' | 'reporter' | 'admin';
}> = [
  { username: 'admin', fullName: 'Quản trị hệ thống', org: 'province', role: 'admin' },
  { username: 'sotttt.thamdinh', fullName: 'Lê Thị Thẩm Định', org: 'department', role: 'appraiser' },
  { username: 'sotttt.lanhdao', fullName: 'Nguyễn Văn Lãnh Đạo', org: 'department', role: 'approver' },
  { username: 'yendinh.tonghop', fullName: 'Trịnh Thị Tổng Hợp', org: 'district', role: 'reporter' },
  { username: 'yendinh.cntt', fullName: 'Hoàng Văn Công', org: 'district', role: 'officer' },
  { username: 'dinhbinh.cntt', fullName: 'Phạm Văn Bình', org: 'commune:Định Bình', role: 'officer' },
  { username: 'ttdvnn.cntt', fullName: 'Đỗ Thị Nông', org: 'psu:ttdvnn', role: 'officer' },
];
