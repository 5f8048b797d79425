import type { Tx } from '#server/db/open-db.js';
import { documentSettings, type organisations } from '#server/db/schema/index.js';
import { defaultSettings } from '#server/modules/documents/parties.js';
import { communes, demoUsers, publicServiceUnits, towns, type DemoOrgKey } from './yen-dinh.data.js';

type OrgInsert = typeof organisations.$inferInsert;

/*
 * How the demo's organisations sign their documents: each signs as its kind does (parties.ts), with its head's name,
 * so that every issued document names its signer, and its drafting unit where it has one. The names are
 * illustrative. No act giving an organisation its functions is invented: functionsBasis stays '' and the decisions
 * leave its blank for the records clerk to fill.
 */

/** The chairs of the commune-level people's committees, by commune or town. */
const communeChairs: Record<string, string> = {
  'Quán Lào': 'Lê Đình Thắng',
  'Thống Nhất': 'Trịnh Xuân Hòa',
  'Quý Lộc': 'Nguyễn Thị Hằng',
  'Yên Lâm': 'Hoàng Văn Quyết',
  'Định Bình': 'Phạm Ngọc Sơn',
  'Định Công': 'Lê Văn Thịnh',
  'Định Hải': 'Trịnh Đình Long',
  'Định Hòa': 'Mai Thị Lan',
  'Định Hưng': 'Nguyễn Văn Toàn',
  'Định Liên': 'Đỗ Xuân Trường',
  'Định Long': 'Lưu Văn Bằng',
  'Định Tân': 'Hà Minh Đức',
  'Định Tăng': 'Lê Thị Thu',
  'Định Thành': 'Bùi Văn Hải',
  'Định Tiến': 'Trịnh Quang Vinh',
  'Yên Hùng': 'Nguyễn Đình Tâm',
  'Yên Lạc': 'Phạm Văn Chiến',
  'Yên Ninh': 'Lê Hữu Phúc',
  'Yên Phong': 'Hoàng Thị Nga',
  'Yên Phú': 'Vũ Văn Thanh',
  'Yên Tâm': 'Đinh Công Hậu',
  'Yên Thái': 'Trịnh Thị Hoa',
  'Yên Thịnh': 'Lê Văn Khải',
  'Yên Thọ': 'Cao Xuân Hùng',
  'Yên Trung': 'Nguyễn Hữu Nghĩa',
  'Yên Trường': 'Mai Văn Tuấn',
};

/** The directors of the district's public service units, by their key. */
const unitDirectors: Record<string, string> = {
  ttdvnn: 'Lê Thị Mai',
  ttvhtt: 'Trịnh Văn Dũng',
  ttgdnn: 'Nguyễn Thị Phương',
};

/** The Sở's director is the leader who approves the demo's levels: its opinions and decisions name one person. */
const departmentDirector = demoUsers.find((user) => user.username === 'sotttt.lanhdao')?.fullName ?? '';

/**
 * Each demo organisation's head and drafting unit: the people's committees' documents are drafted by their office
 * (VP), the Sở's by its information technology division (PCNTT); the centres have no drafting unit of their own.
 */
const demoHeads: Array<{ key: DemoOrgKey; headName: string; draftingUnit: string }> = [
  { key: 'province', headName: 'Trịnh Văn Khánh', draftingUnit: 'VP' },
  { key: 'department', headName: departmentDirector, draftingUnit: 'PCNTT' },
  { key: 'district', headName: 'Lê Huy Hoàng', draftingUnit: 'VP' },
  ...[...towns, ...communes].map((name) => ({
    key: `commune:${name}` as const,
    headName: communeChairs[name] ?? '',
    draftingUnit: 'VP',
  })),
  ...publicServiceUnits.map((unit) => ({
    key: `psu:${unit.key}` as const,
    headName: unitDirectors[unit.key] ?? '',
    draftingUnit: '',
  })),
];

/** Writes the demo's document settings, once its organisations are in (before any number is issued). */
export async function seedDemoDocumentSettings(tx: Tx, organisationOf: Map<DemoOrgKey, OrgInsert>): Promise<void> {
  const rows = demoHeads.flatMap(({ key, headName, draftingUnit }) => {
    const organisation = organisationOf.get(key);
    if (!organisation) return [];
    const { organisationId, version: _version, ...signing } = defaultSettings(organisation.id!, organisation.kind);
    return [{ ...signing, organisationId, headName, draftingUnit }];
  });
  await tx.insert(documentSettings).values(rows);
}
