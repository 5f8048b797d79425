// The users API's records for the users screens' tests, parsed through the shared schemas so they cannot drift.
import { sessionSchema } from '#shared/auth/auth.schemas.js';
import { userAccountSchema, type UserAccount } from '#shared/users/users.schemas.js';
import { ids, organisationFixture } from '../support/fixtures.js';

const commune = organisationFixture();
export const personId = '0b1f5e1c-7d2a-4c1e-9a51-6f1d2b3c4d21';

/** The commune's administrator, who is logged in. */
const adminSession = sessionSchema.parse({
  user: {
    id: '0b1f5e1c-7d2a-4c1e-9a51-6f1d2b3c4d20',
    username: 'dinhbinh.admin',
    fullName: 'Nguyễn Văn An',
    memberships: [{ organisationId: ids.operator, organisationName: commune.name, role: 'admin' }],
  },
  csrfToken: 'csrf-token',
});

/** A new officer of the commune, not yet activated. */
export function userFixture(overrides: Partial<UserAccount> = {}): UserAccount {
  return userAccountSchema.parse({
    id: personId,
    username: 'dinhbinh.cntt',
    fullName: 'Lê Thị Hoa',
    title: 'Chuyên viên',
    email: '',
    phone: '',
    active: true,
    activated: false,
    createdAt: '2025-03-01T02:00:00.000Z',
    memberships: [
      {
        id: '0b1f5e1c-7d2a-4c1e-9a51-6f1d2b3c4d31',
        organisationId: ids.operator,
        organisationName: commune.name,
        role: 'officer',
        abilities: { revoke: false },
      },
    ],
    version: 1,
    abilities: {
      update: true,
      deactivate: true,
      reactivate: false,
      issueActivationLink: true,
      issueResetLink: false,
    },
    ...overrides,
  });
}

/** The endpoints every users page reads: who is logged in, and the organisations they see. */
export const sessionAndOrganisations = {
  'GET /api/auth/me': () => ({ body: adminSession }),
  'GET /api/organisations': () => ({ body: { items: [commune], total: 1 } }),
};
