import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import postgres from 'postgres';
import { openDb, type OpenedDb } from '#server/db/open-db.js';
import { organisations, users } from '#server/db/schema/index.js';
import { loadActor } from '#server/modules/auth/sessions.js';
import { applyImport } from '#server/modules/onboarding/apply-import.js';
import { planImport, previewOf } from '#server/modules/onboarding/plan-import.js';
import { readWorkbook } from '#server/modules/onboarding/read-workbook.js';
import { listLabel } from '#server/modules/onboarding/workbook-layout.js';
import { writeOnboardingWorkbook, type WorkbookRows } from '#server/modules/onboarding/write-workbook.js';
import { lockTree } from '#server/modules/organisations/save-organisation.js';
import { lockAccounts } from '#server/modules/users/admin-coverage.js';
import { seedDemo } from '../../drizzle/seed/seed-demo.js';
import { withDatabase } from '../support/test-database-config.js';
import { writeResults } from './bench-results.js';

/**
 * npm run bench:onboarding: a province's onboarding file (1,000 organisations, 3,000 people, 5,000 systems) read,
 * previewed and committed on PGlite and on PostgreSQL (when TEST_DATABASE_URL or DATABASE_URL names a server),
 * then the same file previewed again (every row recognised, nothing to change). Writes
 * tests/bench/results/onboarding.md, which the README quotes.
 */
const PROVINCE = 'Ủy ban nhân dân tỉnh Thanh Hóa';
const DISTRICTS = 10;
const UNITS_PER_DISTRICT = 99;

const unit = (code: string, name: string, kind: 'district' | 'commune', parent: string) => ({
  code,
  name: `Ủy ban nhân dân ${kind === 'district' ? 'huyện' : 'xã'} ${name}`,
  shortName: 'UBND',
  kind: listLabel('kind', kind),
  place: name,
  parent,
});

const person = (username: string, organisation: string, role: 'admin' | 'officer') => ({
  username,
  fullName: `Người Thử ${username}`,
  title: 'Chuyên viên',
  email: `${username}@thanhhoa.gov.vn`,
  phone: '0237 3.867.123',
  organisation,
  role: listLabel('role', role),
});

const system = (code: string, name: string, operator: string) => ({
  code,
  name,
  operator,
  owner: operator,
  systemType: listLabel('systemType', 'internal'),
  informationTypes: listLabel('informationType', 'private'),
  internalUserCount: 20,
  externalUserCount: 0,
  basicDataSubjects: 0,
  sensitiveDataSubjects: 0,
  address: '',
  description: '',
  status: listLabel('systemStatus', 'operating'),
});

/** 10 districts of 99 communes each (1,000 units), with 3 people and 5 systems per unit. */
function provinceRows(): WorkbookRows {
  const organisations: WorkbookRows['organisations'] = [];
  for (let d = 1; d <= DISTRICTS; d++) {
    organisations.push(unit(`B${d}`, `Thử ${d}`, 'district', PROVINCE));
    for (let u = 1; u <= UNITS_PER_DISTRICT; u++)
      organisations.push(unit(`B${d}.${u}`, `Thử ${d}-${u}`, 'commune', `B${d}`));
  }
  const codes = organisations.map((row) => String(row.code));
  return {
    organisations,
    people: codes.flatMap((code, index) =>
      [0, 1, 2].map((p) => person(`bench.${index}.${p}`, code, p === 0 ? 'admin' : 'officer')),
    ),
    systems: codes.flatMap((code, index) =>
      [0, 1, 2, 3, 4].map((s) => system(`HT.${index}.${s}`, `Hệ thống ${s} của đơn vị ${code}`, code)),
    ),
  };
}

const seconds = (started: number) => (performance.now() - started) / 1000;

async function measure(label: string, opened: OpenedDb, file: Buffer) {
  const { db } = opened;
  await seedDemo(db);
  const [admin] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'admin'));
  const actor = (await loadActor(db, admin!.id))!;
  let started = performance.now();
  const read = await readWorkbook(file);
  const readSeconds = seconds(started);
  started = performance.now();
  const preview = previewOf(await planImport(db, actor, read.rows, read.issues));
  const previewSeconds = seconds(started);
  if (preview.issueCount > 0) throw new Error(`${label}: ${JSON.stringify(preview.issues.slice(0, 3))}`);
  started = performance.now();
  await db.transaction(async (tx) => {
    await lockTree(tx);
    await lockAccounts(tx);
    await applyImport(tx, actor, await planImport(tx, actor, read.rows));
  });
  const commitSeconds = seconds(started);
  started = performance.now();
  const again = previewOf(await planImport(db, actor, (await readWorkbook(file)).rows));
  const againSeconds = seconds(started);
  const count = await db.$count(organisations);
  const timings = [readSeconds, previewSeconds, commitSeconds, againSeconds].map((t) => t.toFixed(2));
  console.log(`${label}: read, preview, commit, again: ${timings.join(' s, ')} s (${count} organisations)`);
  if (again.changeCount !== 0) throw new Error(`${label}: the same file again changes ${again.changeCount} rows`);
  return { label, readSeconds, previewSeconds, commitSeconds, againSeconds, counts: preview.counts };
}

async function main() {
  const rows = provinceRows();
  const file = await writeOnboardingWorkbook(rows);
  const results = [];
  const dir = mkdtempSync(path.join(tmpdir(), 'capdo-onboarding-bench-'));
  try {
    const pglite = await openDb({ dataDir: dir });
    try {
      results.push(await measure('PGlite', pglite, file));
    } finally {
      await pglite.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (serverUrl) {
    const adminConnection = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await adminConnection.unsafe('drop database if exists capdo_bench_onboarding with (force)');
    await adminConnection.unsafe('create database capdo_bench_onboarding');
    const opened = await openDb({ databaseUrl: withDatabase(serverUrl, 'capdo_bench_onboarding'), dataDir: '' });
    try {
      results.push(await measure('PostgreSQL', opened, file));
    } finally {
      await opened.close();
      await adminConnection.unsafe('drop database if exists capdo_bench_onboarding with (force)');
      await adminConnection.end({ timeout: 5 });
    }
  }
  const { counts } = results[0]!;
  const table = [
    `A province's file: ${rows.organisations.length} organisations, ${rows.people.length} people (one role each), ` +
      `${rows.systems.length} systems; ${(file.length / 1024 / 1024).toFixed(1)} MB XLSX. The preview found ` +
      `${counts.organisations.created} + ${counts.people.created} + ${counts.systems.created} rows to create ` +
      'and no mistake; the same file again changes nothing.',
    '',
    '| database | read the file | preview (check every row) | commit (one transaction) | same file again (preview) |',
    '|---|---|---|---|---|',
    ...results.map((r) => {
      const cells = [r.readSeconds, r.previewSeconds, r.commitSeconds, r.againSeconds].map((t) => `${t.toFixed(2)} s`);
      return `| ${r.label} | ${cells.join(' | ')} |`;
    }),
  ].join('\n');
  await writeResults('onboarding.md', table);
  console.log(table);
}

await main();
