/**
 * npm run bench:search: the list searches (q) of dossiers, systems and organisations over the generated country
 * (tests/bench/generate-country.ts: 10,000 organisations, 50,000 systems, 50,000 dossiers), on PostgreSQL
 * (DATABASE_URL or TEST_DATABASE_URL) and on PGlite. Each sample is the service's list query as the route runs it
 * (listVisible*: the page of 50 and the count, in scope), called directly: the generator's md5 ids are not the
 * version-4 uuids the API's id checks accept, and HTTP would add the same few milliseconds to every search.
 * Writes tests/bench/results/search.md, which the README quotes.
 *
 *   npm run bench:search                 both databases (PostgreSQL only when a URL is set)
 *   npm run bench:search -- --fresh      regenerate the country first
 *   npm run bench:search -- --only=postgres|pglite
 */
import os from 'node:os';
import { eq } from 'drizzle-orm';
import type { Db } from '#server/db/open-db.js';
import { organisations } from '#server/db/schema/index.js';
import { listVisibleDossiers } from '#server/modules/dossiers/queries.js';
import { listVisibleOrganisations } from '#server/modules/organisations/queries.js';
import { listVisibleSystems } from '#server/modules/systems/queries.js';
import type { Actor } from '#server/policies/actor.js';
import { roleGrants } from '#server/policies/permissions.js';
import { openPgliteBench, openPostgresBench, type BenchDb } from './bench-databases.js';
import { writeResults } from './bench-results.js';
import { uuidOf } from './generate-country.js';

const args = process.argv.slice(2);
const fresh = args.includes('--fresh');
const only = args.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const serverUrl = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const RUNS = 40;
const BROAD_RUNS = 3;
const TARGET_MS = 50;

/** What people type: a whole name, its words shuffled without accents, a name begun, and one word all share. */
const searches = [
  { kind: 'whole name', q: 'Hệ thống thông tin thử tải 12345', broad: false },
  { kind: 'any order, no accents', q: 'thu tai 4321 he thong', broad: false },
  { kind: 'begun', q: 'xa thu tai 12', broad: false },
  { kind: 'shared by every record', q: 'thử tải', broad: true },
];

const lists = {
  dossiers: (db: Db, actor: Actor, q: string) => listVisibleDossiers(db, actor, { q, limit: 50, offset: 0 }),
  systems: (db: Db, actor: Actor, q: string) => listVisibleSystems(db, actor, { q, limit: 50, offset: 0 }),
  organisations: (db: Db, actor: Actor, q: string) => listVisibleOrganisations(db, actor, { q, limit: 50, offset: 0 }),
};

interface Row {
  database: string;
  list: string;
  kind: string;
  q: string;
  broad: boolean;
  total: number;
  median: number;
  p95: number;
}

/** Someone who reads the whole country: the widest scope, so the most rows to search and count. */
function countryReader(rootPath: string): Actor {
  return {
    userId: uuidOf('bench-user'),
    username: 'bench',
    fullName: 'Bench',
    memberships: [{ organisationId: uuidOf('root'), organisationName: 'Cả nước', path: rootPath, role: 'reporter' }],
    grants: [{ path: rootPath, permissions: new Set(roleGrants.reporter) }],
    ip: '',
  };
}

async function measure(bench: BenchDb): Promise<Row[]> {
  const db = bench.opened.db;
  const [root] = await db
    .select({ path: organisations.path })
    .from(organisations)
    .where(eq(organisations.id, uuidOf('root')));
  const actor = countryReader(root!.path);
  const rows: Row[] = [];
  for (const { kind, q, broad } of searches) {
    for (const [list, run] of Object.entries(lists)) {
      // A word every record shares ranks and sorts the whole country: a few runs say what it costs.
      const runs = broad ? BROAD_RUNS : RUNS;
      await run(db, actor, q);
      const samples: number[] = [];
      let total = 0;
      for (let i = 0; i < runs; i++) {
        const started = performance.now();
        total = (await run(db, actor, q)).total;
        samples.push(performance.now() - started);
      }
      samples.sort((a, b) => a - b);
      const row = {
        database: bench.label,
        list,
        kind,
        q,
        broad,
        total,
        median: samples[Math.floor(samples.length / 2)]!,
        p95: samples[Math.ceil(samples.length * 0.95) - 1]!,
      };
      console.log(
        `${row.database} ${list} "${q}": ${total} found, ` +
          `median ${row.median.toFixed(1)} ms, p95 ${row.p95.toFixed(1)} ms`,
      );
      rows.push(row);
    }
  }
  return rows;
}

const ms = (value: number) => (value < 10 ? value.toFixed(1) : value.toFixed(0));

async function main() {
  const databases: Array<() => Promise<BenchDb>> = [];
  if (serverUrl && only !== 'pglite') databases.push(() => openPostgresBench(serverUrl, fresh));
  if (only !== 'postgres') databases.push(() => openPgliteBench(fresh));
  const loadBefore = os.loadavg()[0]!;
  const rows: Row[] = [];
  for (const open of databases) {
    const bench = await open();
    try {
      rows.push(...(await measure(bench)));
    } finally {
      await bench.opened.close();
    }
  }
  const lines = [
    '# Search benchmark',
    '',
    `Run ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ` +
      `${process.version}, with \`npm run bench:search\`, over the generated country (10,000 organisations, ` +
      '50,000 systems, 50,000 dossiers) as a reader of the whole country.',
    `Each sample is one list query as the route runs it (the page of 50 and the count); ${RUNS} warm runs each ` +
      `(${BROAD_RUNS} for the word every record shares). ` +
      `Target: p95 < ${TARGET_MS} ms on PostgreSQL for a search that narrows the list; a word every record shares ` +
      'is shown for what it costs (the ranking and the count then cover the whole country).',
    '',
    '| database | list | search | q | found | median ms | p95 ms | target |',
    '|---|---|---|---|---:|---:|---:|---|',
    ...rows.map(
      (r) =>
        `| ${r.database} | ${r.list} | ${r.kind} | ${r.q} | ${r.total.toLocaleString('en')} | ${ms(r.median)} | ` +
        `${ms(r.p95)} | ${r.broad ? '-' : `< ${TARGET_MS} ms`} |`,
    ),
    '',
    `- load average (1 min) ${loadBefore.toFixed(1)} at the start, ${os.loadavg()[0]!.toFixed(1)} at the end`,
  ];
  const out = lines.join('\n');
  console.log(`\n${out}`);
  await writeResults('search.md', out);
}

await main();
