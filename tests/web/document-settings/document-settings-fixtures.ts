// The document settings and registers APIs' records for their screens' tests, parsed through the shared schemas.
import { documentRegisterSchema, type DocumentRegister } from '#shared/documents/document-registers.schemas.js';
import { documentSettingsSchema, type DocumentSettings } from '#shared/documents/documents.schemas.js';
import { communeFixture, districtFixture, provinceFixture, unitIds, unitUnder, units } from '../support/fixtures.js';

/** The province's administrator, who is logged in. */
export { provinceAdminSession } from '../support/fixtures.js';

export const orgIds = { ...unitIds, department: '0b1f5e1c-7d2a-4c1e-9a51-6f1d2b3c5e02' };

const department = { id: orgIds.department, name: 'Sở Thông tin và Truyền thông', shortName: 'STTTT' };

/** The province, its department, a district and one of its communes; the commune's settings are read-only. */
export const organisations = [
  provinceFixture({ childCount: 2 }),
  unitUnder([units.province], { ...department, kind: 'department' }),
  districtFixture({ childCount: 1 }),
  communeFixture({ abilities: { update: false, createChild: false, createSystem: true } }),
];

/** The department's defaults (version 0): its director signs in person. */
export function settingsFixture(overrides: Partial<DocumentSettings> = {}): DocumentSettings {
  return documentSettingsSchema.parse({
    organisationId: orgIds.department,
    headTitle: 'Giám đốc',
    headName: '',
    draftingUnit: '',
    functionsBasis: '',
    signingMark: '',
    markedAuthority: '',
    signerTitle: 'Giám đốc',
    signerNames: {},
    version: 0,
    ...overrides,
  });
}

/** The department's 2023 letter register: five numbers given, the fifth on 12/06/2023. */
export function registerFixture(overrides: Partial<DocumentRegister> = {}): DocumentRegister {
  return documentRegisterSchema.parse({
    organisation: department,
    year: 2023,
    typeCode: '',
    lastNumber: 5,
    issuedCount: 5,
    lastIssued: { symbol: '05/STTTT', issuedOn: '2023-06-12' },
    ...overrides,
  });
}

/** A commune's 2024 submissions, one number typed by hand and none given yet. */
export const communeRegister = registerFixture({
  organisation: units.commune,
  year: 2024,
  typeCode: 'TTr',
  lastNumber: 0,
  issuedCount: 1,
  lastIssued: { symbol: '12/TTr-UBND', issuedOn: '2024-03-04' },
});
