// The records the holidays screen's tests serve, parsed through the shared schemas.
import { sessionSchema } from '#shared/auth/auth.schemas.js';
import { holidaySchema } from '#shared/calendar/calendar.contract.js';
import type { Role } from '#shared/users/users.schemas.js';
import { organisationFixture } from '../support/fixtures.js';

const orgIds = {
  province: '0b1f5e1c-7d2a-4c1e-9a51-6f1d2b3c5e01',
  district: '0b1f5e1c-7d2a-4c1e-9a51-6f1d2b3c5e02',
};

const province = { id: orgIds.province, name: 'UBND tỉnh Thanh Hóa', shortName: 'UBND' };
const district = { id: orgIds.district, name: 'UBND huyện Yên Định', shortName: 'UBND' };

/** The province and one district under it. */
export const organisations = [
  organisationFixture({ ...province, parentId: null, kind: 'province', depth: 0, childCount: 1 }),
  organisationFixture({ ...district, parentId: orgIds.province, kind: 'district', depth: 1, ancestors: [province] }),
];

/** A person holding one role at one of those organisations. */
export const sessionAs = (role: Role, at: 'province' | 'district') =>
  sessionSchema.parse({
    user: {
      id: '0b1f5e1c-7d2a-4c1e-9a51-6f1d2b3c5e20',
      username: 'thanhhoa.admin',
      fullName: 'Trần Văn Bình',
      memberships: [
        {
          organisationId: orgIds[at],
          organisationName: at === 'province' ? province.name : district.name,
          role,
        },
      ],
    },
    csrfToken: 'csrf-token',
  });

/** Part of 2025 as announced (New Year, the Saturday worked for 02/05, Victory Day), by date as the API sends them. */
export const holidays2025 = [
  { date: '2025-01-01', name: 'Tết Dương lịch', kind: 'holiday' },
  { date: '2025-04-26', name: 'Làm bù cho ngày 02/5', kind: 'workingWeekend' },
  { date: '2025-04-30', name: 'Ngày Chiến thắng', kind: 'holiday' },
].map((item) => holidaySchema.parse(item));
