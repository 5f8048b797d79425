import type { OrganisationKind } from '../../organisations/organisations.schemas.js';
import type { Role } from '../../users/users.schemas.js';
import type { InformationType, SystemStatus, SystemType } from '../../systems/systems.schemas.js';

export const domain = {
  organisationKind: {
    province: 'Tỉnh, thành phố',
    department: 'Sở, ban, ngành',
    district: 'Huyện, thị xã, thành phố thuộc tỉnh',
    commune: 'Xã',
    town: 'Thị trấn',
    ward: 'Phường',
    publicServiceUnit: 'Đơn vị sự nghiệp',
    other: 'Khác',
  } satisfies Record<OrganisationKind, string>,
  role: {
    officer: 'Cán bộ phụ trách CNTT',
    appraiser: 'Chuyên viên thẩm định',
    approver: 'Lãnh đạo phê duyệt',
    reporter: 'Cán bộ tổng hợp',
    admin: 'Quản trị viên',
  } satisfies Record<Role, string>,
  systemType: {
    internal: 'Phục vụ hoạt động nội bộ',
    onlineService: 'Phục vụ người dân, doanh nghiệp',
    infrastructure: 'Hạ tầng thông tin dùng chung',
    industrialControl: 'Điều khiển công nghiệp',
    other: 'Loại khác',
  } satisfies Record<SystemType, string>,
  informationType: {
    public: 'Thông tin công cộng',
    private: 'Thông tin riêng',
    personal: 'Thông tin cá nhân',
    stateSecret: 'Bí mật nhà nước',
  } satisfies Record<InformationType, string>,
  systemStatus: {
    planned: 'Đang đầu tư, xây dựng',
    operating: 'Đang vận hành',
    decommissioned: 'Đã ngừng sử dụng',
  } satisfies Record<SystemStatus, string>,
  level: 'Cấp độ {{level}}',
  noLevel: 'Chưa phê duyệt cấp độ',
};
