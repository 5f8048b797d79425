// Group names only: the standards' texts are copyrighted and loaded by an administrator as data.
const group = (key: string, vi: string, en: string) => ({ key, name: { vi, en } });

export const managementGroupsNd85 = [
  group('policy', 'Thiết lập chính sách an toàn thông tin', 'Security policy'),
  group('organisation', 'Tổ chức bảo đảm an toàn thông tin', 'Security organisation'),
  group('personnel', 'Bảo đảm nguồn nhân lực', 'Personnel'),
  group('designBuild', 'Quản lý thiết kế, xây dựng hệ thống', 'Design and build'),
  group('operation', 'Quản lý vận hành hệ thống', 'Operation'),
];

export const managementGroupsNd331 = [
  ...managementGroupsNd85,
  group('riskManagement', 'Quản lý rủi ro an toàn thông tin', 'Risk management'),
  group('decommissioning', 'Kết thúc vận hành, khai thác, thanh lý, hủy bỏ', 'Decommissioning'),
];

export const technicalGroups = [
  group('network', 'Bảo đảm an toàn mạng', 'Network security'),
  group('servers', 'Bảo đảm an toàn máy chủ', 'Server security'),
  group('applications', 'Bảo đảm an toàn ứng dụng', 'Application security'),
  group('data', 'Bảo đảm an toàn dữ liệu', 'Data security'),
];
