// The audit API's records for the audit log's tests, parsed through the shared response schemas so a fixture that
// drifts from the contract fails here rather than passing a shape the server never sends.
import {
  auditChainStateSchema,
  auditEventSchema,
  type AuditChainState,
  type AuditEvent,
} from '#shared/audit/audit-list.schemas.js';
import { userAccountSchema } from '#shared/users/users.schemas.js';
import {
  communeFixture,
  districtFixture,
  ids,
  provinceFixture,
  sessionAt,
  unitIds,
  units,
} from '../support/fixtures.js';

/** The province's administrator, who may also have the whole chain recomputed. */
export { provinceAdminSession } from '../support/fixtures.js';

export const orgIds = unitIds;
export const personIds = {
  admin: ids.admin,
  officer: '0b1f5e1c-7d2a-4c1e-9a51-6f1d2b3c5e21',
};

const dinhBinh = units.commune;

/** The province, a district and one of its communes. */
export const organisations = [provinceFixture(), districtFixture({ childCount: 1 }), communeFixture()];

/** A commune's administrator: reads the commune's events and the chain's state, never recomputes it. */
export const communeAdminSession = sessionAt(dinhBinh);

/** An officer of the commune, as the users API sends them (for the person filter's search). */
export const officerAccount = userAccountSchema.parse({
  id: personIds.officer,
  username: 'dinhbinh.cntt',
  fullName: 'Lê Thị Hoa',
  title: 'Công chức',
  email: '',
  phone: '',
  active: true,
  activated: true,
  createdAt: '2025-01-02T02:00:00.000Z',
  memberships: [
    {
      id: '0b1f5e1c-7d2a-4c1e-9a51-6f1d2b3c5e30',
      organisationId: orgIds.dinhBinh,
      organisationName: dinhBinh.name,
      role: 'officer',
      abilities: { revoke: true },
    },
  ],
  version: 1,
  abilities: { update: true, deactivate: true, reactivate: false, issueActivationLink: false, issueResetLink: true },
});

const hashOf = (n: number) => n.toString(16).padStart(64, '0');

/** The province's administrator renaming the commune (and moving its place name): an update with its change set. */
export function auditEventFixture(overrides: Partial<AuditEvent> = {}): AuditEvent {
  const id = overrides.id ?? 41;
  return auditEventSchema.parse({
    id,
    at: '2025-03-14T03:05:00.000Z',
    actor: { id: personIds.admin, username: 'thanhhoa.admin', fullName: 'Trần Văn Bình' },
    actorIp: '10.0.0.8',
    entityType: 'organisation',
    entityId: orgIds.dinhBinh,
    action: 'update',
    organisation: { id: orgIds.dinhBinh, name: dinhBinh.name },
    before: { name: 'UBND xã Định Bình', place: 'Định Bình' },
    after: { name: 'UBND xã Định Bình (mới)', place: 'Định Bình, Yên Định' },
    comment: '',
    redeterminationReasons: [],
    prevHash: hashOf(id - 1),
    hash: hashOf(id),
    ...overrides,
  });
}

/** The officer given a role in the commune by the administrator: a person's event, whose after names a unit. */
export const grantRoleEvent = auditEventFixture({
  id: 40,
  at: '2025-03-13T09:30:00.000Z',
  entityType: 'user',
  entityId: personIds.officer,
  action: 'grantRole',
  before: null,
  after: { organisationId: orgIds.dinhBinh, role: 'officer', membershipId: '0b1f5e1c-7d2a-4c1e-9a51-6f1d2b3c5e30' },
});

/** The chain's head at event 41; the newest anchor, of the day before, at event 40 (the writer catches up later). */
export function chainFixture(overrides: Partial<AuditChainState> = {}): AuditChainState {
  return auditChainStateSchema.parse({
    head: { lastId: 41, lastHash: hashOf(41), count: 41 },
    latestAnchor: { date: '2025-03-13', lastId: 40, lastHash: hashOf(40), count: 40 },
    anchorProblems: [],
    anchorIsHead: false,
    chainHoldsAnchor: true,
    verification: null,
    ...overrides,
  });
}
