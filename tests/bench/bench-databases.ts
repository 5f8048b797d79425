import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import postgres from 'postgres';
import { openDb, type OpenedDb } from '#server/db/open-db.js';
import { organisations } from '#server/db/schema/index.js';
import { withDatabase } from '../support/test-database-config.js';
import { COUNTRY_ORGANISATIONS, generateCountry, uuidOf } from './generate-country.js';

/** The benchmark's own database on the PostgreSQL server named by DATABASE_URL / TEST_DATABASE_URL. */
export const BENCH_DATABASE = 'capdo_bench';
/** Where the PGlite country lives between runs (generating it takes a while). */
const benchPgliteDir = () => process.env.BENCH_PGLITE_DIR ?? path.join(tmpdir(), 'capdo-bench-pglite');

export interface BenchDb {
  label: string;
  opened: OpenedDb;
  /** Seconds spent generating the country in this run (0 when it was there already). */
  generatedIn: number;
}

async function ensureCountry(opened: OpenedDb, label: string): Promise<number> {
  const [row] = await opened.db.select({ n: count() }).from(organisations);
  const existing = row?.n ?? 0;
  if (existing === COUNTRY_ORGANISATIONS) {
    // A country written by an older generator has md5 ids the API refuses (generate-country.ts, uuidOf).
    const [root] = await opened.db
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.id, uuidOf('root')));
    if (root) return 0;
    throw new Error(`${label}: the bench database holds a country with ids of an older generator: run with --fresh`);
  }
  if (existing > 0)
    throw new Error(
      `${label}: the bench database holds ${existing} organisations, not the country's ` +
        `${COUNTRY_ORGANISATIONS.toLocaleString('en')}: run with --fresh`,
    );
  console.log(`${label}: generating the country ...`);
  const seconds = await generateCountry(opened.db, console.log);
  console.log(`${label}: generated in ${seconds.toFixed(1)} s`);
  return seconds;
}

/** capdo_bench on the server (created, or dropped and created with `fresh`), migrated and filled. */
export async function openPostgresBench(serverUrl: string, fresh: boolean): Promise<BenchDb> {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    if (fresh) await admin.unsafe(`drop database if exists ${BENCH_DATABASE} with (force)`);
    const [exists] = await admin`select 1 from pg_database where datname = ${BENCH_DATABASE}`;
    if (!exists) await admin.unsafe(`create database ${BENCH_DATABASE}`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  const opened = await openDb({ databaseUrl: withDatabase(serverUrl, BENCH_DATABASE), dataDir: '' });
  return { label: 'PostgreSQL', opened, generatedIn: await ensureCountry(opened, 'PostgreSQL') };
}

export async function openPgliteBench(fresh: boolean): Promise<BenchDb> {
  const dir = benchPgliteDir();
  if (fresh) (await import('node:fs')).rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const opened = await openDb({ dataDir: dir });
  return { label: 'PGlite', opened, generatedIn: await ensureCountry(opened, 'PGlite') };
}
