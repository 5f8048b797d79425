import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inArray, sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { documentExports } from '#server/db/schema/index.js';
import { SESSION_COOKIE } from '#server/http/authenticate.js';
import { DOCUMENT_EXPORT_QUEUE, DOCUMENT_EXPORT_SWEEP_QUEUE } from '#server/modules/documents/export-queue-names.js';
import { queryRows } from '#server/modules/reports/sql/rows.js';
import { DEMO_PASSWORD, DINH_BINH, DISTRICT, loadDemo, type Demo } from '../../support/demo.js';
import { ApiClient } from '../../support/http-client.js';
import { downloadBytes, zipEntries } from '../../support/read-documents.js';
import { TEST_AUDIT_KEY } from '../../support/test-database-config.js';
import { openTestDb, type TestDb } from '../../support/test-database.js';
import { serverEnv, startServer, type ServerProcess } from '../../faults/support/server-process.js';

/**
 * Two real server processes (`node --import tsx server/main.ts`) on one PostgreSQL database, as a deployment
 * behind a load balancer runs them. They share the job queues and the notification events:
 *  (a) exports started on both are each rendered once, by one attempt, and both processes take some;
 *  (d) a transition made on one process reaches a browser's event stream open on the other;
 *  (c) a scheduled job runs once a slot, not once per process;
 *  (b) an export interrupted by killing its process (SIGKILL) finishes on the other one.
 * The tests run in this order on the same two processes (the last one kills the first process).
 *
 * Exports are held where they stand by the test taking their row (SELECT … FOR UPDATE): the next write of
 * the process rendering it waits there, which is deterministic whatever the machine's speed. Attempts
 * expire after 15 s here (EXPORT_JOB_TIMEOUT_SECONDS; 900 s by default), so a killed one is retried soon.
 */
let testDb: TestDb;
let demo: Demo;
const dataDirs: string[] = [];
let first: ServerProcess;
let second: ServerProcess;
/** When both processes were listening, by the database's clock. */
let bothRunningSince: string;
/** A connection of the test's own, to hold export rows in an open transaction. */
let holder: postgres.Sql;

/** The database's clock, as a timestamp to compare its columns with. */
const dbNow = async () => (await queryRows<{ now: string }>(testDb.db, sql`select now()::text as now`))[0]!.now;

beforeAll(async () => {
  testDb = await openTestDb();
  demo = await loadDemo(testDb.db);
  holder = postgres(testDb.location, { max: 2, onnotice: () => {} });
  const envFor = async (): Promise<NodeJS.ProcessEnv> => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'capdo-two-processes-'));
    dataDirs.push(dataDir);
    return {
      ...serverEnv({ url: testDb.location }, dataDir),
      SEED_DEMO: 'false',
      // The key the template's audit chain was written with: both servers check and extend the same chain.
      AUDIT_HMAC_KEY: TEST_AUDIT_KEY,
      JOBS_POLL_SECONDS: '0.5',
      JOBS_MAINTENANCE_SECONDS: '1',
      EXPORT_JOB_TIMEOUT_SECONDS: '15',
    };
  };
  [first, second] = await Promise.all([startServer(await envFor()), startServer(await envFor())]);
  bothRunningSince = await dbNow();
}, 120_000);

afterAll(async () => {
  for (const server of [first, second]) await server?.kill().catch(() => undefined);
  await holder?.end({ timeout: 1 }).catch(() => undefined);
  await testDb?.close();
  for (const dir of dataDirs) await rm(dir, { recursive: true, force: true });
});

const login = (server: ServerProcess, username: string) => ApiClient.loginAs(server.baseUrl, username, DEMO_PASSWORD);

/** The approved dossiers of Định Bình, as PDF: a handful of documents. */
const smallExport = () => ({ organisationId: demo.org(DINH_BINH).id, status: 'approved', formats: ['pdf'] });
/**
 * The district's approved dossiers in both formats: enough documents that the attempt cannot finish them all in the
 * moment between the test seeing it claimed and locking its row (with a commune's few, on a loaded machine, it did).
 */
const largeExport = () => ({ organisationId: demo.org(DISTRICT).id, status: 'approved', formats: ['pdf', 'docx'] });

async function eventually<T>(
  what: string,
  timeoutMs: number,
  check: () => Promise<T | undefined>,
  pauseMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
}

const exportRows = (ids: string[]) => testDb.db.select().from(documentExports).where(inArray(documentExports.id, ids));

const exportJobs = (ids: string[]) =>
  queryRows<{ id: string; state: string; retry_count: number }>(
    testDb.db,
    sql`select id::text as id, state::text as state, retry_count from pgboss.job
        where name = ${DOCUMENT_EXPORT_QUEUE} and id in (${sql.join(
          ids.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})
        order by id`,
  );

/** "<job id>:<attempt>:<host>:<pid>" (run-document-export.ts): the attempt and the process that ran it. */
const attemptOf = (runner: string | null) => {
  const [, attempt, , pid] = (runner ?? '').split(':');
  return { attempt: Number(attempt), pid: Number(pid) };
};

test('(a) exports started on both processes are each rendered once, by one attempt, on both processes', async () => {
  const clients = [
    await login(first, 'dinhbinh.cntt'),
    await login(first, 'admin'),
    await login(second, 'dinhbinh.cntt'),
    await login(second, 'admin'),
  ];
  // Each export's row is taken as soon as it is accepted: whichever process took its job waits at its first
  // write, holding one of its two export handlers. Four exports in flight then occupy both processes.
  const held = await holder.reserve();
  const ids: string[] = [];
  try {
    await held`begin`;
    for (const client of clients) {
      const res = await client.post('/api/document-exports', { body: smallExport() });
      expect(res.status, res.text).toBe(202);
      ids.push(res.json.id as string);
      await held`select id from document_exports where id = ${res.json.id as string} for update`;
    }
    await eventually('four export jobs taken', 5_000, async () =>
      (await exportJobs(ids)).every((job) => job.state === 'active') ? true : undefined,
    );
  } finally {
    await held`commit`;
    held.release();
  }

  const rows = await eventually('four exports done', 30_000, async () => {
    const found = await exportRows(ids);
    return found.every((row) => row.status === 'done') ? found : undefined;
  });
  for (const row of rows) {
    expect(row.done).toBe(row.total);
    expect(attemptOf(row.runner).attempt).toBe(0);
  }
  // Two on each process: each has two export handlers, and all four ran at once.
  const pids = rows.map((row) => attemptOf(row.runner).pid).sort();
  expect(pids).toEqual([first.pid, first.pid, second.pid, second.pid].sort());
  // Each job ended with its first attempt (pg-boss records the end just after the handler returns).
  const jobs = await eventually('four jobs ended', 10_000, async () => {
    const found = await exportJobs(ids);
    return found.every((job) => job.state !== 'active') ? found : undefined;
  });
  expect(jobs).toEqual([...ids].sort().map((id) => ({ id, state: 'completed', retry_count: 0 })));
  // Every zip whole, whichever process is asked for it.
  for (const [index, id] of ids.entries()) {
    const client = clients[index]!.against(index % 2 === 0 ? second.baseUrl : first.baseUrl);
    const zip = await downloadBytes(client, `/api/document-exports/${id}/download`);
    expect(zip.status).toBe(200);
    expect(await zipEntries(zip.body)).toHaveLength(rows.find((row) => row.id === id)!.total);
  }
}, 60_000);

/** A browser's EventSource on GET /api/notifications/stream: the counts of its `unread` events, as they come. */
async function openUnreadStream(baseUrl: string, client: ApiClient) {
  const controller = new AbortController();
  const res = await fetch(new URL('/api/notifications/stream', baseUrl), {
    headers: { accept: 'text/event-stream', cookie: `${SESSION_COOKIE}=${client.cookie}` },
    signal: controller.signal,
  });
  expect(res.status).toBe(200);
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const counts: number[] = [];
  void (async () => {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      buffer += decoder.decode(chunk.value, { stream: true });
      for (let at = buffer.indexOf('\n\n'); at >= 0; at = buffer.indexOf('\n\n')) {
        const match = /^event: unread\ndata: \{"unread":(\d+)\}$/.exec(buffer.slice(0, at));
        if (match) counts.push(Number(match[1]));
        buffer = buffer.slice(at + 2);
      }
    }
  })().catch(() => undefined);
  return { counts, close: () => controller.abort() };
}

test("(d) a transition on the first process reaches an officer's event stream open on the second", async () => {
  const officer = await login(second, 'ttdvnn.cntt');
  const appraiser = await login(first, 'sotttt.thamdinh');
  const stream = await openUnreadStream(second.baseUrl, officer);
  try {
    const before = await eventually('the first count', 10_000, () => Promise.resolve(stream.counts[0]));
    // The officer's unit's dossier, waiting for the Sở: the appraiser sends it back, on the other process.
    const submitted = await officer.get('/api/dossiers', { query: { status: 'submitted' } });
    const own = (submitted.json.items as Array<{ id: string; version: number }>)[0]!;
    const returned = await appraiser.post(`/api/dossiers/${own.id}/transitions`, {
      body: { action: 'return', version: own.version, comment: 'Bổ sung biên bản kiểm tra' },
    });
    expect(returned.status, returned.text).toBe(200);
    const after = await eventually('a new count on the second process', 20_000, () =>
      Promise.resolve(stream.counts.find((count, index) => index > 0 && count > before)),
    );
    expect(after).toBe(before + 1);
    expect((await officer.get('/api/notifications')).json.items[0]).toMatchObject({
      kind: 'returned',
      dossierId: own.id,
    });
  } finally {
    stream.close();
  }
}, 60_000);

test('(c) a scheduled job runs once a slot, not once per process', async () => {
  // The sweep runs every ten minutes; every minute here, so that the two processes share a slot within the test.
  // pg-boss reads the schedule from its table at each look (every 30 s, by whichever process comes first).
  const changedAt = await dbNow();
  await testDb.db.execute(
    sql`update pgboss.schedule set cron = '* * * * *' where name = ${DOCUMENT_EXPORT_SWEEP_QUEUE}`,
  );
  // pg-boss sends a scheduled job through its relay queue (__pgboss__send-it): one relay job per schedule and
  // minute, which the relay worker of either process turns into the job itself.
  const counts = () =>
    queryRows<{ slots: number; slotsSinceChange: number; relayed: number; runs: number; completed: number }>(
      testDb.db,
      sql`select
            count(*) filter (where r.name = '__pgboss__send-it')::int as slots,
            count(*) filter (where r.name = '__pgboss__send-it' and r.created_on >= ${changedAt}::timestamptz)::int
              as "slotsSinceChange",
            count(*) filter (where r.name = '__pgboss__send-it' and r.state = 'completed')::int as relayed,
            count(*) filter (where r.name = ${DOCUMENT_EXPORT_SWEEP_QUEUE})::int as runs,
            count(*) filter (where r.name = ${DOCUMENT_EXPORT_SWEEP_QUEUE} and r.state = 'completed')::int as completed
          from pgboss.job r
          where r.name = ${DOCUMENT_EXPORT_SWEEP_QUEUE}
            or (r.name = '__pgboss__send-it' and r.singleton_key = ${DOCUMENT_EXPORT_SWEEP_QUEUE})`,
    ).then((rows) => rows[0]!);
  const seen = await eventually('a sweep slot since the change, relayed and run', 75_000, async () => {
    const now = await counts();
    const settled = now.relayed === now.slots && now.completed === now.runs;
    return now.slotsSinceChange > 0 && settled ? now : undefined;
  });
  // Every slot ran the sweep exactly once, though both processes look at the schedule and both relay.
  expect(seen.runs).toBe(seen.slots);

  // Every schedule of the deployment (the notification dispatch is due every minute), over the time both
  // processes ran: one relay job per schedule and minute.
  const relayJobs = () =>
    queryRows<{ schedule: string; slot: string; jobs: number }>(
      testDb.db,
      sql`select singleton_key as schedule, date_trunc('minute', created_on)::text as slot, count(*)::int as jobs
          from pgboss.job where name = '__pgboss__send-it' and created_on >= ${bothRunningSince}::timestamptz
          group by 1, 2 order by 1, 2`,
    );
  // The dispatch's slot may be relayed a look (up to 30 s) after the sweep's: wait for one, never assume it.
  const sent = await eventually('a notification dispatch slot', 45_000, async () => {
    const rows = await relayJobs();
    return rows.some((slot) => slot.schedule === 'notification-dispatch') ? rows : undefined;
  });
  expect(sent.filter((slot) => slot.schedule === 'notification-dispatch').length).toBeGreaterThanOrEqual(1);
  expect(sent.filter((slot) => slot.jobs !== 1)).toEqual([]);
}, 150_000);

test('(b) an export interrupted by killing its process (SIGKILL) resumes and finishes on the other', async () => {
  const client = await login(first, 'yendinh.tonghop');
  // The second process is frozen (SIGSTOP) while the export starts, so that the first one takes it.
  process.kill(second.pid, 'SIGSTOP');
  const held = await holder.reserve();
  let id = '';
  try {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const started = await client.post('/api/document-exports', { body: largeExport() });
    expect(started.status, started.text).toBe(202);
    id = started.json.id as string;
    // Claimed by the first process's attempt (looked for without a pause: a document renders in tens of
    // milliseconds): the row is then taken, and the attempt's next write waits.
    await eventually(
      'the export claimed',
      10_000,
      async () => (attemptOf((await exportRows([id]))[0]!.runner).pid === first.pid ? true : undefined),
      0,
    );
    await held`begin`;
    await held`select id from document_exports where id = ${id} for update`;
    const [running] = await exportRows([id]);
    expect(running).toMatchObject({ status: 'running' });
    expect(running!.done).toBeLessThan(running!.total);
    expect(attemptOf(running!.runner)).toEqual({ attempt: 0, pid: first.pid });
    await first.kill();
  } finally {
    process.kill(second.pid, 'SIGCONT');
    await held`commit`.catch(() => undefined);
    held.release();
  }

  // Its job expires 15 s after it started; the second process's upkeep puts it back, and it runs it again.
  const [done] = await eventually('the export finished by the second process', 60_000, async () => {
    const rows = await exportRows([id]);
    return rows[0]!.status === 'queued' || rows[0]!.status === 'running' ? undefined : rows;
  });
  expect(done).toMatchObject({ status: 'done', done: done!.total, error: null });
  expect(attemptOf(done!.runner)).toEqual({ attempt: 1, pid: second.pid });
  const jobs = await eventually('the job ended', 10_000, async () => {
    const found = await exportJobs([id]);
    return found.every((job) => job.state !== 'active') ? found : undefined;
  });
  expect(jobs).toEqual([{ id, state: 'completed', retry_count: 1 }]);
  const zip = await downloadBytes(client.against(second.baseUrl), `/api/document-exports/${id}/download`);
  expect(await zipEntries(zip.body)).toHaveLength(done!.total);
}, 90_000);
