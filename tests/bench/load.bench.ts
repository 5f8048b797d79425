/**
 * npm run bench:load: the API under load, over the generated country on PostgreSQL (docs/benchmarks.md).
 * Builds or reuses the bench database (capdo_bench, tests/bench/bench-databases.ts), keys the generated audit
 * chain once, creates the accounts it logs in as, starts the real server (one process, and a second on the same
 * database for the writes), and runs each scenario with autocannon: the reads at 10 and 50 clients, a PDF
 * download beside the dossier page, draft saves and workflow transitions from 10 clients on one and on two
 * processes. Each list is also timed as its bare statement. Ends with `npm run audit:verify` on the database and
 * writes tests/bench/results/load.md.
 *
 *   npm run bench:load                          every scenario, 20 s a run
 *   npm run bench:load -- --duration 3          a quick try
 *   npm run bench:load -- --only list,save      some scenarios (names below, or --help)
 *   npm run bench:load -- --fresh               generate the country again first (drops capdo_bench)
 */
import { sql } from 'drizzle-orm';
import {
  benchAccounts,
  BENCH_PASSWORD,
  dossiersToOpen,
  ensurePool,
  ensureReaders,
  poolMarks,
} from './load-accounts.js';
import type { PoolDossier, PoolKind } from './load-accounts.js';
import { chainGeneratedEvents } from './load-audit-chain.js';
import { fillNextActors } from './load-prepare.js';
import { loadReport, rowLine, tableHeader, type LoadRow } from './load-report.js';
import { medianRound, oneAndTwoProcesses, runLoad, runLoadsTogether, type LoadPlan } from './load-run.js';
import { readRequests, saveRequests, transitionRequests, type WriteDossier } from './load-scenarios.js';
import { residentMb, startBenchServers, verifyBenchAudit, type BenchServers } from './load-servers.js';
import { sampleLockWaits } from './load-lock-waits.js';
import { bareQueries, medianMs } from './load-sql.js';
import { BENCH_DATABASE, openPostgresBench } from './bench-databases.js';
import { writeResults } from './bench-results.js';
import { completeContent, answersForLevel, tinyPdf } from '../factories/dossiers.js';
import { uploadFile } from '../support/dossiers.js';
import { ApiClient } from '../support/http-client.js';
import { withDatabase } from '../support/test-database-config.js';

const scenarioNames = [
  'list',
  'search',
  'inbox',
  'compliance',
  'compliance-past',
  'dashboard',
  'summary',
  'pdf',
  'dossier',
  'pdf-while-page',
  'save',
  'transition',
] as const;
type Scenario = (typeof scenarioNames)[number];

const usage = `npm run bench:load -- [--duration <seconds>] [--only <scenario,...>] [--fresh]
  --duration  seconds a run (default 20)
  --only      ${scenarioNames.join(', ')}
  --fresh     drop capdo_bench and generate the country again
The PostgreSQL server: DATABASE_URL or TEST_DATABASE_URL (its database name is replaced by ${BENCH_DATABASE}),
default postgres://postgres@127.0.0.1:5432/postgres.`;

function parseArgs(args: string[]) {
  const valueOf = (name: string) => {
    const inline = args.find((arg) => arg.startsWith(`${name}=`));
    if (inline) return inline.slice(name.length + 1);
    const index = args.indexOf(name);
    return index >= 0 ? args[index + 1] : undefined;
  };
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage);
    process.exit(0);
  }
  const duration = Number(valueOf('--duration') ?? 20);
  if (!(duration > 0)) throw new Error(`--duration: a number of seconds, not ${valueOf('--duration')}\n${usage}`);
  const only = valueOf('--only')?.split(',').filter(Boolean);
  const unknown = only?.filter((name) => !(scenarioNames as readonly string[]).includes(name)) ?? [];
  if (unknown.length) throw new Error(`--only: no scenario ${unknown.join(', ')}\n${usage}`);
  return { duration, only: (only ?? scenarioNames) as Scenario[], fresh: args.includes('--fresh') };
}

const { duration, only, fresh } = parseArgs(process.argv.slice(2));
const serverUrl =
  process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const READ_CLIENTS = [10, 50];
const WRITE_CLIENTS = 10;
/** Rounds of each write scenario on one process and on two, in turns (oneAndTwoProcesses). */
const WRITE_ROUNDS = 3;
/** Seconds of unmeasured load before each read scenario: V8 optimises its code paths, PostgreSQL caches its pages. */
const WARM_UP_SECONDS = 3;
/** Words that narrow the country's dossiers to a couple (the search benchmark's "any order, no accents"). */
const SEARCH_WORDS = 'thu tai 4321 he thong';
const SQL_RUNS = { list: 20, search: 20, inbox: 20, compliance: 5 } as const;

const targets = {
  list: 'p95 < 50 ms, ≥ 150 req/s; at 50 no time-out',
  search: 'p95 < 50 ms, ≥ 150 req/s; at 50 no time-out',
  inbox: 'p95 < 50 ms, ≥ 150 req/s; at 50 no time-out',
  compliance: 'p95 < 500 ms',
  compliancePast: 'p95 < 1 s',
  dashboard: 'p95 < 100 ms',
  summary: 'numbers < 1 s',
  pdf: 'p95 < 30 ms',
  dossier: 'p95 < 50 ms, ≥ 300 req/s',
  pageDuringPdf: 'p95 < 50 ms',
  save: '≥ 400 req/s, p95 < 50 ms',
  saveTwo: 'more than one process',
  transition: '-',
  transitionTwo: 'more than one process',
};

/** Vietnam's day thirty days ago: the roll-up as of a past day replays the audit trail to its end. */
const aMonthAgo = () => new Date(Date.now() + 7 * 3_600_000 - 30 * 86_400_000).toISOString().slice(0, 10);

const wants = (scenario: Scenario) => only.includes(scenario);
const writes = wants('save') || wants('transition');

/** Logs in (the real endpoint: scrypt, session, CSRF token). */
const login = (baseUrl: string, username: string) => ApiClient.loginAs(baseUrl, username, BENCH_PASSWORD);

/**
 * A pool's dossiers, each with its officer logged in and its current version. Dossiers taken for the first time
 * get the pool's mark in their title and, for transitions, what submission asks for (the level questions
 * answered and confirmed, the content complete, the design document attached), through the API as the officer.
 */
async function writePool(
  baseUrl: string,
  kind: PoolKind,
  pool: { ready: PoolDossier[]; fresh: PoolDossier[] },
): Promise<WriteDossier[]> {
  const all: WriteDossier[] = [];
  for (const [isFresh, dossiers] of [
    [false, pool.ready],
    [true, pool.fresh],
  ] as const) {
    for (const dossier of dossiers) {
      const officer = await login(baseUrl, dossier.officer);
      let current = await officer.get(`/api/dossiers/${dossier.id}`);
      if (current.status !== 200) throw new Error(`${kind} pool: GET ${dossier.id} answered ${current.text}`);
      if (isFresh) {
        const body: Record<string, unknown> = {
          version: current.json.version,
          title: `${poolMarks[kind]} ${current.json.title}`.slice(0, 300),
        };
        if (kind === 'transition') {
          body.systems = current.json.systems.map((system: { systemId: string }) => ({
            systemId: system.systemId,
            answers: answersForLevel[2],
          }));
          body.content = completeContent();
          body.confirmLevelAnswers = true;
        }
        current = await officer.patch(`/api/dossiers/${dossier.id}`, { body });
        if (current.status !== 200) throw new Error(`${kind} pool: saving ${dossier.id} answered ${current.text}`);
        if (kind === 'transition') {
          const upload = await uploadFile(officer, dossier.id, 'ho-so-thiet-ke.pdf', tinyPdf(), 'application/pdf');
          if (upload.status >= 300) throw new Error(`${kind} pool: attaching to ${dossier.id}: ${upload.text}`);
          current = await officer.get(`/api/dossiers/${dossier.id}`);
        }
      }
      if (kind === 'transition' && !['submitted', 'drafting', 'returned'].includes(current.json.status))
        throw new Error(`transition pool: ${dossier.id} is ${current.json.status}`);
      if (kind === 'transition' && current.json.status !== 'submitted' && !current.json.abilities.submit)
        throw new Error(
          `transition pool: ${dossier.id} cannot be submitted: ${JSON.stringify(current.json.completeness)}`,
        );
      all.push({ id: dossier.id, version: current.json.version, status: current.json.status, officer });
    }
  }
  return all;
}

/** Each run starts from where the dossiers are now: the last run moved their versions (and left some submitted). */
async function refreshVersions(pool: WriteDossier[]) {
  // The last run's requests still in flight when autocannon stopped finish on the server a moment later.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  for (const dossier of pool) {
    const now = await dossier.officer.get(`/api/dossiers/${dossier.id}`);
    Object.assign(dossier, { version: now.json.version, status: now.json.status });
  }
}

/** An approved dossier whose approval decision downloads as a PDF, and the dossiers to open. */
async function documentsToRead(admin: ApiClient, ids: string[]) {
  for (const id of ids.slice(0, 20)) {
    const pdf = await admin.get(`/api/dossiers/${id}/documents/approval-decision.pdf`);
    if (pdf.status === 200) return { pdfPath: `/api/dossiers/${id}/documents/approval-decision.pdf`, ids };
  }
  const tried = await admin.get(`/api/dossiers/${ids[0]}/documents/approval-decision.pdf`);
  console.warn(`no approval decision downloads (${tried.status} ${tried.text.slice(0, 200)}): pdf measured anyway`);
  return { pdfPath: `/api/dossiers/${ids[0]}/documents/approval-decision.pdf`, ids };
}

async function main() {
  const bench = await openPostgresBench(serverUrl, fresh);
  const db = bench.opened.db;
  let servers: BenchServers | undefined;
  const rows: LoadRow[] = [];
  const notes: string[] = [];
  let audit: { ok: boolean; output: string } | undefined;
  try {
    await chainGeneratedEvents(db, console.log);
    await fillNextActors(db, console.log);
    await ensureReaders(db);
    let pools: Record<PoolKind, { ready: PoolDossier[]; fresh: PoolDossier[] }> | undefined;
    if (writes) {
      const save = await ensurePool(db, 'save', WRITE_CLIENTS);
      const taken = [...save.ready, ...save.fresh].map((dossier) => dossier.id);
      pools = { save, transition: await ensurePool(db, 'transition', WRITE_CLIENTS, taken) };
    }
    // An earlier run's saves and transitions leave pages autovacuum has not marked all-visible yet, so index-only
    // scans (the lists' capped counts) would visit the table; a server in use finds them vacuumed between bursts.
    console.log('vacuum (analyze) ...');
    await db.execute(sql`vacuum (analyze)`);
    console.log(`starting ${writes ? 2 : 1} server process(es) ...`);
    servers = await startBenchServers(withDatabase(serverUrl, BENCH_DATABASE), writes ? 2 : 1);
    const [first, second] = servers.servers;
    const both = [first!.baseUrl, ...(second ? [second.baseUrl] : [])];
    const admin = await login(first!.baseUrl, benchAccounts.countryAdmin);
    const appraiser = await login(first!.baseUrl, benchAccounts.provinceAppraiser);
    const documents = await documentsToRead(admin, await dossiersToOpen(db, 200));
    const dossierPaths = documents.ids.map((id) => `/api/dossiers/${id}`);
    const bare = await bareQueries(db, benchAccounts, SEARCH_WORDS);
    const idleRss = residentMb(first!.pid);
    console.log(`server idle: ${idleRss?.toFixed(0) ?? '-'} MB resident\n\n${tableHeader.join('\n')}`);

    const rssOf = (count: number) =>
      Math.max(...servers!.servers.slice(0, count).map((server) => residentMb(server.pid) ?? 0)) || undefined;
    const record = (row: LoadRow) => {
      rows.push(row);
      console.log(rowLine(row));
      for (const [status, body] of Object.entries(row.result.errorSamples))
        console.log(`    ${status}: ${body.replace(/\s+/g, ' ').slice(0, 200)}`);
    };
    const plan = (urls: string[], connections: number, requestsFor: LoadPlan['requestsFor']): LoadPlan => ({
      urls,
      connections,
      durationSeconds: duration,
      requestsFor,
    });

    const reads: Array<{ name: Scenario; client: ApiClient; paths: string[]; target: string }> = [
      { name: 'list', client: admin, paths: ['/api/dossiers?limit=50'], target: targets.list },
      {
        name: 'search',
        client: admin,
        paths: [`/api/dossiers?limit=50&q=${encodeURIComponent(SEARCH_WORDS)}`],
        target: targets.search,
      },
      { name: 'inbox', client: appraiser, paths: ['/api/inbox'], target: targets.inbox },
      { name: 'compliance', client: admin, paths: ['/api/reports/compliance'], target: targets.compliance },
      {
        name: 'compliance-past',
        client: admin,
        paths: [`/api/reports/compliance?asOf=${aMonthAgo()}`],
        target: targets.compliancePast,
      },
      // The province dashboard (the home page of the province's reviewers) and the country's home page numbers.
      { name: 'dashboard', client: appraiser, paths: ['/api/reports/dashboard'], target: targets.dashboard },
      { name: 'summary', client: admin, paths: ['/api/reports/summary'], target: targets.summary },
      { name: 'pdf', client: admin, paths: [documents.pdfPath], target: targets.pdf },
      { name: 'dossier', client: admin, paths: dossierPaths, target: targets.dossier },
    ];
    for (const read of reads.filter((r) => wants(r.name))) {
      const sqlP50 =
        read.name in SQL_RUNS
          ? await medianMs(bare[read.name as keyof typeof bare], SQL_RUNS[read.name as keyof typeof SQL_RUNS])
          : undefined;
      await runLoad({
        ...plan([first!.baseUrl], WRITE_CLIENTS, readRequests(read.client, read.paths)),
        durationSeconds: WARM_UP_SECONDS,
      });
      for (const clients of READ_CLIENTS) {
        const result = await runLoad(plan([first!.baseUrl], clients, readRequests(read.client, read.paths)));
        record({ scenario: read.name, clients, processes: 1, result, sqlP50, rssEnd: rssOf(1), target: read.target });
      }
    }

    if (wants('pdf-while-page')) {
      const [pdf, page] = await runLoadsTogether([
        plan([first!.baseUrl], WRITE_CLIENTS, readRequests(admin, [documents.pdfPath])),
        plan([first!.baseUrl], WRITE_CLIENTS, readRequests(admin, dossierPaths)),
      ]);
      const rssEnd = rssOf(1);
      record({
        scenario: 'pdf, beside the page',
        clients: 10,
        processes: 1,
        result: pdf!,
        rssEnd,
        target: targets.pdf,
      });
      record({
        scenario: 'dossier page, beside PDFs',
        clients: 10,
        processes: 1,
        result: page!,
        rssEnd,
        target: targets.pageDuringPdf,
      });
    }

    if (pools) {
      const writeScenarios = [
        { name: 'save', scenario: 'save draft', targets: [targets.save, targets.saveTwo] },
        {
          name: 'transition',
          scenario: 'transition (submit, return)',
          targets: [targets.transition, targets.transitionTwo],
        },
      ] as const;
      for (const write of writeScenarios.filter((w) => wants(w.name))) {
        const pool = await writePool(first!.baseUrl, write.name, pools[write.name]);
        const requestsFor =
          write.name === 'save' ? saveRequests(pool, poolMarks.save) : transitionRequests(pool, appraiser);
        const rounds = await oneAndTwoProcesses(
          both,
          { rounds: WRITE_ROUNDS, warmUpSeconds: WARM_UP_SECONDS },
          async (urls, seconds = duration) => {
            await refreshVersions(pool);
            const [result, lockWaits] = await sampleLockWaits(db, () =>
              runLoad({ ...plan(urls, WRITE_CLIENTS, requestsFor), durationSeconds: seconds }),
            );
            return { ...result, lockWaits };
          },
        );
        for (const [index, results] of rounds.entries()) {
          const processes = index + 1;
          const result = medianRound(results);
          record({
            scenario: write.scenario,
            clients: WRITE_CLIENTS,
            processes,
            result,
            rssEnd: rssOf(processes),
            target: write.targets[index]!,
          });
          const { mean, share, samples } = result.lockWaits;
          notes.push(
            `${write.scenario}, ${processes} process(es), the median round: statements waiting on a lock ` +
              `${mean.toFixed(2)} on average, at least one in ${(share * 100).toFixed(1)}% of ${samples} samples`,
          );
        }
        const perRound = rounds.map((results) => results.map((r) => r.requestsPerSecond.toFixed(0)).join(', '));
        notes.push(
          `${write.scenario}, req/s of each round (one process / two processes, in turns; the row is the median ` +
            `round): ${perRound.join(' / ')}`,
        );
      }
      audit = await verifyBenchAudit(servers);
      console.log(`\nnpm run audit:verify: ${audit.ok ? 'intact' : 'FAILED'}\n${audit.output}`);
    }
    notes.push(
      `reads: the country administrator (lists, search "${SEARCH_WORDS}", the roll-up, the PDF, the dossier page ` +
        'over 200 approved dossiers of province 1); the inbox: the appraiser of province 1',
      'ratio: the endpoint p50 at that many clients over the bare statement p50 run alone, so it includes the wait ' +
        'for the other clients',
    );
    if (bench.generatedIn > 0) notes.push(`the country was generated in this run (${bench.generatedIn.toFixed(0)} s)`);
    const report = loadReport({ rows, durationSeconds: duration, idleRssMb: idleRss, audit, notes });
    console.log(`\n${report}`);
    await writeResults('load.md', report);
  } finally {
    await servers?.stop();
    await bench.opened.close();
  }
  if (audit && !audit.ok) process.exitCode = 1;
}

await main();
