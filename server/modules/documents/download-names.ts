import { eq, inArray } from 'drizzle-orm';
import { asciiSlug } from '#shared/common/search-text.js';
import { documentExportCreateSchema } from '#shared/documents/documents.schemas.js';
import type { FormKey } from '#shared/regimes/regime.schemas.js';
import { lookup } from '#shared/i18n/translate.js';
import type { Db } from '../../db/open-db.js';
import { dossiers, organisations } from '../../db/schema/index.js';
import { todayInVietnam } from '../calendar/load-calendar.js';
import type { DossierRecord } from '../dossiers/queries.js';
import { issuedSymbolOf } from './build-form-data.js';

/*
 * The names the downloads carry, ASCII so that they travel anywhere (the exact Vietnamese name is not
 * needed: Content-Disposition sends the same ASCII name as filename and filename*). A person who saves
 * several decisions finds each by its number and its unit: "quyet-dinh-phe-duyet-cap-do-15-QD-UBND-
 * ubnd-xa-dinh-binh.pdf", not ten copies of the form's title.
 */

/** A short name of each form, in the words a unit files it under. */
const formSlugs: Record<FormKey, string> = {
  'submission-appraisal': 'to-trinh-de-nghi-tham-dinh',
  explanation: 'thuyet-minh-ho-so',
  'appraisal-opinion': 'van-ban-tham-dinh',
  'submission-approval': 'to-trinh-de-nghi-phe-duyet',
  'approval-decision': 'quyet-dinh-phe-duyet-cap-do',
  'form-01': 'mau-01-de-nghi-tham-dinh-phe-duyet',
  'form-02': 'mau-02-de-nghi-tham-dinh',
  'form-03': 'mau-03-de-nghi-y-kien-chuyen-mon',
  'form-07': 'mau-07-quyet-dinh-phe-duyet-phuong-an',
};

/** "Ủy ban nhân dân xã Định Bình" -> "ubnd-xa-dinh-binh": the abbreviation everyone writes. */
const unitSlug = (name: string) => asciiSlug(name.replace(/^\s*(Ủy|Uỷ) ban nhân dân\b/iu, 'UBND'));

/** "15/QĐ-UBND" -> "15-QD-UBND": a document number keeps its capitals, as it is written. */
const numberSlug = (symbol: string) =>
  symbol
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** At most `max` characters, cut at a hyphen. */
const shorten = (slug: string, max: number) =>
  slug.length <= max ? slug : slug.slice(0, max).replace(/-[^-]*$/, '') || slug.slice(0, max);

/** A form of one dossier, without its extension: the form, its number once issued, the unit. */
export function documentFileName(record: DossierRecord, form: FormKey): string {
  const issued = issuedSymbolOf(record, form);
  const number = issued ? numberSlug(issued.symbol) : '';
  return [formSlugs[form], number, unitSlug(record.operator.name)].filter(Boolean).join('-');
}

/** Every form of one dossier in a zip: the unit and the dossier's title. */
export const dossierZipName = (record: DossierRecord) =>
  `van-ban-${unitSlug(record.operator.name)}-${shorten(asciiSlug(record.dossier.title), 60)}.zip`;

/** A folder per dossier inside a batch export: the unit, then the start of the id (two dossiers of a unit differ). */
export const dossierFolderName = (record: DossierRecord) =>
  `${unitSlug(record.operator.name)}-${record.dossier.id.slice(0, 8)}`;

/**
 * A batch export's zip: what it covers and the day it was asked for, in Vietnam. The unit it named (with
 * the status when one was chosen), or the one unit all its dossiers belong to, or the number of dossiers.
 */
export async function exportZipName(db: Db, request: unknown, createdAt: Date): Promise<string> {
  const parsed = documentExportCreateSchema.safeParse(request);
  const { organisationId, status, dossierIds = [] } = parsed.success ? parsed.data : {};
  let scope = '';
  if (organisationId) {
    const [unit] = await db
      .select({ name: organisations.name })
      .from(organisations)
      .where(eq(organisations.id, organisationId));
    const statusName = status ? lookup('vi', `ui.dossier.status.${status}`) : undefined;
    scope = [unit ? unitSlug(unit.name) : '', statusName ? asciiSlug(statusName) : ''].filter(Boolean).join('-');
  } else if (dossierIds.length > 0) {
    const units = await db
      .selectDistinct({ name: organisations.name })
      .from(dossiers)
      .innerJoin(organisations, eq(organisations.id, dossiers.operatorOrganisationId))
      .where(inArray(dossiers.id, dossierIds));
    scope = units.length === 1 ? unitSlug(units[0]!.name) : `${dossierIds.length}-ho-so`;
  }
  return ['xuat-van-ban', shorten(scope, 80), todayInVietnam(createdAt)].filter(Boolean).join('-') + '.zip';
}
