// Records as the API sends them, parsed through the shared response schemas so a fixture that
// drifts from the contract fails here rather than passing a shape the server never sends.
import { dossierAbilitiesSchema, dossierSchema, type Dossier } from '#shared/dossiers/dossiers.schemas.js';
import { organisationSchema, type Organisation } from '#shared/organisations/organisations.schemas.js';
import { systemSchema, type InformationSystem } from '#shared/systems/systems.schemas.js';

export const ids = {
  dossier: '0b1f5e1c-7d2a-4c1e-9a51-6f1d2b3c4d01',
  operator: '0b1f5e1c-7d2a-4c1e-9a51-6f1d2b3c4d02',
  portal: '0b1f5e1c-7d2a-4c1e-9a51-6f1d2b3c4d03',
  mail: '0b1f5e1c-7d2a-4c1e-9a51-6f1d2b3c4d04',
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
    depth: 2,
    childCount: 0,
    ancestors: [],
    version: 1,
    abilities: { update: true, createChild: false, createSystem: true },
    ...overrides,
  });
}

/** The commune's web portal as the systems API sends it. */
export function systemFixture(overrides: Partial<InformationSystem> = {}): InformationSystem {
  const commune = { id: ids.operator, name: 'UBND xã Định Bình', shortName: 'UBND' };
  return systemSchema.parse({
    id: ids.portal,
    name: 'Cổng thông tin điện tử xã Định Bình',
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
