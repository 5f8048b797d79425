import { and, asc, eq, inArray, like, lte, notInArray, notLike, sql } from 'drizzle-orm';
import type { Role } from '#shared/users/users.schemas.js';
import type { Db } from '#server/db/open-db.js';
import { dossiers, memberships, organisations, users } from '#server/db/schema/index.js';
import { hashPassword } from '#server/modules/auth/passwords.js';
import { uuidOf } from './generate-country.js';

/** The password of every account the load benchmark creates (the policy's rules: length, classes). */
export const BENCH_PASSWORD = 'Bench-Load-Passw0rd!';

/** Who the benchmark logs in as; each a real account with memberships, as the demo seed makes them. */
export const benchAccounts = {
  /** An administrator at the root: reads the whole country (lists, search, the roll-up, any dossier). */
  countryAdmin: 'bench.country',
  /** An appraiser of province 1: the inbox over a province, and who returns the officers' submissions. */
  provinceAppraiser: 'bench.appraiser',
} as const;

/** The dossiers the writes work on are found again by their title's mark (runs reuse them). */
export const poolMarks = { save: '[bench-save]', transition: '[bench-transition]' } as const;
export type PoolKind = keyof typeof poolMarks;

export interface PoolDossier {
  id: string;
  operatorId: string;
  /** The officer of its operating unit who saves or submits it. */
  officer: string;
}

/** Creates the account when it is missing (a second run reuses it: same name, same password). */
async function ensureUser(
  db: Db,
  username: string,
  fullName: string,
  grants: Array<{ organisationId: string; role: Role }>,
) {
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  if (existing) return existing.id;
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const [user] = await db.insert(users).values({ username, fullName, passwordHash }).returning({ id: users.id });
  await db.insert(memberships).values(grants.map((grant) => ({ userId: user!.id, ...grant })));
  return user!.id;
}

/** The country administrator and the province appraiser. */
export async function ensureReaders(db: Db) {
  await ensureUser(db, benchAccounts.countryAdmin, 'Quản trị cả nước (thử tải)', [
    { organisationId: uuidOf('root'), role: 'admin' },
  ]);
  await ensureUser(db, benchAccounts.provinceAppraiser, 'Thẩm định tỉnh 1 (thử tải)', [
    { organisationId: uuidOf('prov1'), role: 'appraiser' },
  ]);
}

const officerOf = (dossierId: string) => `bench.officer.${dossierId.slice(0, 8)}`;

/**
 * The dossiers of one kind of write, `size` of them in province 1 (so its appraiser reviews them), each with an
 * officer of its operating unit. Those marked by an earlier run come first; more are taken from the generated
 * drafts of levels 1-3 (no professional opinion needed before submission) and returned `fresh` so the caller
 * prepares them over HTTP (the mark in their title, and what submission needs); `taken` are another pool's.
 */
export async function ensurePool(db: Db, kind: PoolKind, size: number, taken: readonly string[] = []) {
  const [province] = await db
    .select({ path: organisations.path })
    .from(organisations)
    .where(eq(organisations.id, uuidOf('prov1')));
  const inProvince = like(organisations.path, `${province!.path}%`);
  const columns = { id: dossiers.id, operatorId: dossiers.operatorOrganisationId };
  const marked = await db
    .select(columns)
    .from(dossiers)
    .innerJoin(organisations, eq(organisations.id, dossiers.operatorOrganisationId))
    .where(and(inProvince, like(dossiers.title, `${poolMarks[kind]}%`)))
    .orderBy(asc(dossiers.id))
    .limit(size);
  const fresh =
    marked.length < size
      ? await db
          .select(columns)
          .from(dossiers)
          .innerJoin(organisations, eq(organisations.id, dossiers.operatorOrganisationId))
          .where(
            and(
              inProvince,
              eq(dossiers.status, 'drafting'),
              lte(dossiers.proposedLevel, 3),
              notLike(dossiers.title, '[bench-%'),
              // Another pool's fresh dossiers are not marked yet.
              taken.length ? notInArray(dossiers.id, [...taken]) : undefined,
            ),
          )
          .orderBy(asc(dossiers.id))
          .limit(size - marked.length)
      : [];
  if (marked.length + fresh.length < size)
    throw new Error(`only ${marked.length + fresh.length} dossiers for the ${kind} pool, ${size} needed`);
  const withOfficer = async (row: { id: string; operatorId: string }): Promise<PoolDossier> => {
    const officer = officerOf(row.id);
    await ensureUser(db, officer, `Cán bộ ${row.id.slice(0, 8)} (thử tải)`, [
      { organisationId: row.operatorId, role: 'officer' },
    ]);
    return { ...row, officer };
  };
  return {
    ready: await Promise.all(marked.map(withOfficer)),
    fresh: await Promise.all(fresh.map(withOfficer)),
  };
}

/** Dossiers of province 1 for the dossier page: approved ones, as people open them most. */
export async function dossiersToOpen(db: Db, count: number): Promise<string[]> {
  const rows = await db
    .select({ id: dossiers.id })
    .from(dossiers)
    .where(and(eq(dossiers.status, 'approved'), inArray(dossiers.operatorOrganisationId, provinceUnits())))
    .orderBy(asc(dossiers.id))
    .limit(count);
  return rows.map((row) => row.id);
}

/** The units of province 1 (its path prefix), as a subquery. */
const provinceUnits = () =>
  sql`(select o.id from ${organisations} o where o.path like (select p.path || '%' from ${organisations} p
       where p.id = ${uuidOf('prov1')}))`;
