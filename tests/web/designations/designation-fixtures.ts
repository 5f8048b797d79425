// The designations API's records for the designations screen's tests, parsed through the shared schemas.
import {
  designationCoverageSchema,
  designationSchema,
  type Designation,
  type DesignationCoverage,
} from '#shared/designations/designations.schemas.js';
import { communeFixture, districtFixture, provinceFixture, unitIds, unitUnder, units } from '../support/fixtures.js';

/** The province's administrator, who is logged in. */
export { provinceAdminSession } from '../support/fixtures.js';

export const orgIds = {
  ...unitIds,
  quanLao: '0b1f5e1c-7d2a-4c1e-9a51-6f1d2b3c4e04',
  departmentIct: '0b1f5e1c-7d2a-4c1e-9a51-6f1d2b3c4e05',
};
export const designationIds = {
  district: '0b1f5e1c-7d2a-4c1e-9a51-6f1d2b3c4f01',
  commune: '0b1f5e1c-7d2a-4c1e-9a51-6f1d2b3c4f02',
};

const { province, district, commune: dinhBinh } = units;
const department = { id: orgIds.departmentIct, name: 'Sở Khoa học và Công nghệ', shortName: 'SKHCN' };
const quanLao = { id: orgIds.quanLao, name: 'UBND thị trấn Quán Lào', shortName: 'UBND' };

/** The province, its department of science and technology, a district and two of its communes. */
export const organisations = [
  provinceFixture({ childCount: 2 }),
  unitUnder([province], { ...department, kind: 'department' }),
  districtFixture({ childCount: 2 }),
  communeFixture(),
  unitUnder([province, district], { ...quanLao, kind: 'town' }),
];

/** The department reviews the whole district from 01/01/2025, open-ended. */
export function designationFixture(overrides: Partial<Designation> = {}): Designation {
  return designationSchema.parse({
    id: designationIds.district,
    designatedOrganisation: department,
    subtreeRoot: district,
    validFrom: '2025-01-01',
    validTo: null,
    note: '',
    version: 1,
    abilities: { update: true, delete: true },
    ...overrides,
  });
}

/** A second body for Định Bình alone: with the first, the commune has two. */
export const communeDesignation = designationFixture({
  id: designationIds.commune,
  designatedOrganisation: district,
  subtreeRoot: dinhBinh,
  validFrom: '2025-03-01',
});

type Unit = typeof dinhBinh;
const unit = (ref: Unit, kind: 'commune' | 'town', designationIds: string[]) => ({ ...ref, kind, designationIds });

/** The coverage on a day, computed as the server does from which designations cover each unit. */
export function coverageFixture(asOf: string, cover: { dinhBinh: string[]; quanLao: string[] }): DesignationCoverage {
  const units = [unit(dinhBinh, 'commune', cover.dinhBinh), unit(quanLao, 'town', cover.quanLao)];
  const gaps = units.filter((u) => u.designationIds.length === 0);
  const overlaps = units.filter((u) => u.designationIds.length > 1);
  return designationCoverageSchema.parse({
    asOf,
    root: province,
    complete: gaps.length === 0 && overlaps.length === 0,
    units,
    gaps,
    overlaps,
  });
}
