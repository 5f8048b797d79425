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

export const publicServiceUnits = [
  { key: 'ttdvnn', name: 'Trung tâm Dịch vụ nông nghiệp huyện Yên Định', shortName: 'TTDVNN' },
  { key: 'ttvhtt', name: 'Trung tâm Văn hóa, Thông tin, Thể thao và Du lịch huyện Yên Định', shortName: 'TTVHTTTTDL' },
  {
    key: 'ttgdnn',
    name: 'Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Yên Định',
    shortName: 'TTGDNN-GDTX',
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
