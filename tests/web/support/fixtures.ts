// Records as the API sends them, parsed through the shared response schemas so a fixture that
// drifts from the contract fails here rather than passing a shape the server never sends.
import { sessionSchema, type Session } from '#shared/auth/auth.schemas.js';
import { dossierAbilitiesSchema, dossierSchema, type Dossier } from '#shared/dossiers/dossiers.schemas.js';
import { organisationSchema, type Organisation } from '#shared/organisations/organisations.schemas.js';
import { systemSchema, type InformationSystem } from '#shared/systems/systems.schemas.js';
import type { Role } from '#shared/users/users.schemas.js';

export const ids = {
  dossier: '0b1f5e1c-7d2a-4c1e-9a51-6f1d2b3c4d01',
  operator: '0b1f5e1c-7d2a-4c1e-9a51-6f1d2b3c4d02',
  portal: '0b1f5e1c-7d2a-4c1e-9a51-6f1d2b3c4d03',
  mail: '0b1f5e1c-7d2a-4c1e-9a51-6f1d2b3c4d04',
  province: '0b1f5e1c-7d2a-4c1e-9a51-6f1d2b3c4d0f',
  /** The commune's parent (organisationFixture's parentId). */
  district: '0b1f5e1c-7d2a-4c1e-9a51-6f1d2b3c4d10',
  admin: '0b1f5e1c-7d2a-4c1e-9a51-6f1d2b3c4d40',
};

const noAbilities = () =>
  Object.fromEntries(Object.keys(dossierAbilitiesSchema.shape).map((key) => [key, false])) as Dossier['abilities'];

type DossierInput = Omit<Partial<Dossier>, 'content'> & { content?: Record<string, unknown> };

/** A drafting dossier of UBND xã Định Bình covering its web portal, editable by the viewer. */
export function dossierFixture(overrides: DossierInput = {}): Dossier {
  return dossierSchema.parse({
    id: ids.dossier,
    title: 'Hồ sơ đề xuất cấp độ Cổng thông tin điện tử xã Định Bình',
    regime: 'nd85',
    operator: { id: ids.operator, name: 'UBND xã Định Bình', shortName: 'UBND' },
    status: 'drafting',
    proposedLevel: null,
    systems: [{ systemId: ids.portal, name: 'Cổng thông tin điện tử xã', proposedLevel: null, assessment: null }],
    content: {},
    review: {},
    stepStartedOn: null,
    stepDueOn: null,
    overdue: false,
    approvalDecision: null,
    levelAnswersConfirmedAt: null,
    // Nothing missing unless a test says so: the checklist's own test lists parts.
    completeness: { complete: true, missing: [] },
    version: 1,
    createdAt: '2025-03-01T02:00:00.000Z',
    updatedAt: '2025-03-01T02:00:00.000Z',
    ...overrides,
    abilities: { ...noAbilities(), update: true, ...overrides.abilities },
  });
}

export function organisationFixture(overrides: Partial<Organisation> = {}): Organisation {
  return organisationSchema.parse({
    id: ids.operator,
    parentId: '0b1f5e1c-7d2a-4c1e-9a51-6f1d2b3c4d10',
    kind: 'commune',
    name: 'UBND xã Định Bình',
    shortName: 'UBND',
    place: 'Định Bình',
    code: null,
    depth: 2,
    childCount: 0,
    ancestors: [],
    version: 1,
    abilities: { update: true, createChild: false, createSystem: true },
    ...overrides,
  });
}

type UnitRef = Pick<Organisation, 'id' | 'name' | 'shortName'>;

/** The province, one of its districts and the commune of organisationFixture under it, as other records name them. */
export const units = {
  province: { id: ids.province, name: 'UBND tỉnh Thanh Hóa', shortName: 'UBND' },
  district: { id: ids.district, name: 'UBND huyện Yên Định', shortName: 'UBND' },
  commune: { id: ids.operator, name: 'UBND xã Định Bình', shortName: 'UBND' },
} satisfies Record<string, UnitRef>;
/** Their ids, by the names the screens' tests give them. */
export const unitIds = { province: ids.province, district: ids.district, dinhBinh: ids.operator };

/** An organisation under the given chain of units (the root first), as the organisations API sends it. */
export function unitUnder(ancestors: UnitRef[], overrides: Partial<Organisation>): Organisation {
  return organisationFixture({
    parentId: ancestors.at(-1)?.id ?? null,
    depth: ancestors.length,
    ancestors,
    ...overrides,
  });
}

/** The province, the root of the tree (one unit under it unless told). */
export const provinceFixture = (overrides: Partial<Organisation> = {}) =>
  unitUnder([], { ...units.province, kind: 'province', childCount: 1, ...overrides });

/** The district under the province. */
export const districtFixture = (overrides: Partial<Organisation> = {}) =>
  unitUnder([units.province], { ...units.district, kind: 'district', ...overrides });

/** The commune (organisationFixture's) under the district. */
export const communeFixture = (overrides: Partial<Organisation> = {}) =>
  unitUnder([units.province, units.district], { ...units.commune, ...overrides });

/** The session of Trần Văn Bình (thanhhoa.admin), holding one role (administrator unless told) at one unit. */
export function sessionAt(unit: UnitRef, role: Role = 'admin'): Session {
  return sessionSchema.parse({
    user: {
      id: ids.admin,
      username: 'thanhhoa.admin',
      fullName: 'Trần Văn Bình',
      memberships: [{ organisationId: unit.id, organisationName: unit.name, role }],
    },
    csrfToken: 'csrf-token',
  });
}

/** The province's administrator. */
export const provinceAdminSession = sessionAt(units.province);

/** The commune's web portal as the systems API sends it. */
export function systemFixture(overrides: Partial<InformationSystem> = {}): InformationSystem {
  const commune = { id: ids.operator, name: 'UBND xã Định Bình', shortName: 'UBND' };
  return systemSchema.parse({
    id: ids.portal,
    name: 'Cổng thông tin điện tử xã Định Bình',
    code: null,
    owner: commune,
    operator: commune,
    systemType: 'onlineService',
    informationTypes: ['public'],
    internalUserCount: 12,
    externalUserCount: 0,
    basicDataSubjects: 0,
    sensitiveDataSubjects: 0,
    description: '',
    address: 'dinhbinh.yendinh.thanhhoa.gov.vn',
    status: 'operating',
    approvedLevel: null,
    approvalDecision: null,
    levelAnswersConfirmedAt: null,
    approvalRegime: null,
    nextInspectionDue: null,
    redeterminationReasons: [],
    version: 1,
    createdAt: '2025-03-01T02:00:00.000Z',
    updatedAt: '2025-03-01T02:00:00.000Z',
    abilities: { update: true },
    ...overrides,
  });
}
