/**
 * `npm run fuzz`: the API fuzzed from its own contract. For each database (PGlite always, PostgreSQL when
 * TEST_DATABASE_URL is set) it starts the real server on a fresh demo database, reads /api/openapi.json, logs
 * in once, sends every operation a bounded number of generated requests (valid ones, then ones with one part
 * broken) and checks each answer (tests/fuzz/response-checks.ts). It prints a summary, writes the full report
 * to tests/.tmp/fuzz/, and exits non-zero on any failure. See docs/fuzzing.md.
 *
 *   npm run fuzz                                  both databases, tests/fuzz/config.json as it is
 *   npm run fuzz -- --db pglite                   one database
 *   npm run fuzz -- --only "POST /api/systems"    one operation (same seed, so the same requests)
 *   npm run fuzz -- --seed 7 --examples 100       another seed, more examples per operation
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig, type FuzzConfig } from './fuzz-config.js';
import { curlOf, recordOf, type FuzzRequest } from './fuzz-request.js';
import { FuzzSession, IdPool } from './fuzz-session.js';
import {
  errorSchemaOf,
  operationName,
  operationsOf,
  type OpenApiDocument,
  type Operation,
} from './openapi-operations.js';
import { mutatedRequests, seedFor, validRequests } from './request-generators.js';
import { problemsWith, type Answer, type CheckContext, type Problem } from './response-checks.js';
import { SchemaValidator } from './schema-validator.js';
import { startServer, type DatabaseKind } from './server-process.js';

const reportDir = fileURLToPath(new URL('../.tmp/fuzz/', import.meta.url));

interface Failure {
  operation: string;
  check: string;
  detail: string;
  request: FuzzRequest;
  status?: number;
  answer?: string;
}

interface DatabaseResult {
  kind: DatabaseKind;
  requests: number;
  byStatus: Map<number, number>;
  byExpectation: Map<string, number>;
  /** Generic error statuses an operation answered without declaring them: allowed, but worth declaring */
  undeclared: Map<string, Set<number>>;
  failures: Failure[];
  dropped: number;
  seconds: number;
  slowest: { operation: string; ms: number };
  ids: Record<string, number>;
}

const increment = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

/** The operations in the document's order, the session-ending ones last, the skipped ones out. */
function orderedOperations(operations: Operation[], config: FuzzConfig): Operation[] {
  const kept = operations.filter((operation) => {
    const name = operationName(operation);
    return !config.skipOperations.includes(name) && (!config.only || config.only === name);
  });
  const rank = (operation: Operation) => config.lastOperations.indexOf(operationName(operation));
  return [
    ...kept.filter((operation) => rank(operation) < 0),
    ...kept.filter((operation) => rank(operation) >= 0).sort((a, b) => rank(a) - rank(b)),
  ];
}

async function fuzzDatabase(kind: DatabaseKind, baseUrl: string, config: FuzzConfig): Promise<DatabaseResult> {
  const started = Date.now();
  const document = (await (await fetch(new URL('/api/openapi.json', baseUrl))).json()) as OpenApiDocument;
  const validator = new SchemaValidator();
  const context: CheckContext = {
    validator,
    errorSchema: errorSchemaOf(document),
    genericErrorStatuses: config.genericErrorStatuses,
  };
  const session = await FuzzSession.login(baseUrl, config.account, config.requestTimeoutMs);
  const pool = new IdPool();
  await pool.discover(session);

  const result: DatabaseResult = {
    kind,
    requests: 0,
    byStatus: new Map(),
    byExpectation: new Map(),
    undeclared: new Map(),
    failures: [],
    dropped: 0,
    seconds: 0,
    slowest: { operation: '', ms: 0 },
    ids: pool.counts,
  };
  const sessionEnders = new Set(config.lastOperations);
  let sessionEnded = false;

  for (const operation of orderedOperations(operationsOf(document), config)) {
    const name = operationName(operation);
    const seed = seedFor(config.seed, name);
    const valid = validRequests(operation, pool.source, validator, seed, config.validExamplesPerOperation);
    const mutated = mutatedRequests(operation, pool.source, validator, seed + 1, config.mutatedExamplesPerOperation);
    result.dropped += valid.dropped;
    const statuses = new Map<number, number>();
    const opStarted = Date.now();
    // An operation that ends the session gets the requests that withhold a credential or break the input first,
    // while there is a session to withhold; the first one that succeeds ends it.
    const endingLast = ['noSession', 'noCsrf', 'invalid', 'valid'];
    const rank = (request: FuzzRequest) => endingLast.indexOf(request.expectation);
    const ordered = sessionEnders.has(name)
      ? [...mutated, ...valid.requests].sort((a, b) => rank(a) - rank(b))
      : [...valid.requests, ...mutated];
    for (const request of ordered) {
      const sentAt = Date.now();
      let answer: Answer | undefined;
      let problems: Problem[];
      try {
        answer = await session.send(request);
        problems = problemsWith(request, answer, context);
      } catch (error) {
        problems = [
          { check: 'answered', detail: `no answer: ${error instanceof Error ? error.message : String(error)}` },
        ];
      }
      const ms = Date.now() - sentAt;
      if (ms > result.slowest.ms) result.slowest = { operation: name, ms };
      result.requests += 1;
      increment(result.byExpectation, request.expectation);
      if (answer) {
        increment(result.byStatus, answer.status);
        increment(statuses, answer.status);
        if (!operation.responses.has(answer.status) && answer.status < 500)
          result.undeclared.set(name, (result.undeclared.get(name) ?? new Set()).add(answer.status));
        if (answer.status < 300 && answer.json !== undefined) pool.harvest(operation.path, answer.json);
        // A 401 to a request that carried the session means the session was lost: the rest would test nothing.
        if (answer.status === 401 && request.expectation !== 'noSession' && operation.authenticated && !sessionEnded)
          problems.push({ check: 'session_kept', detail: 'the session stopped working' });
        if (sessionEnders.has(name) && answer.status < 300) sessionEnded = true;
      }
      for (const problem of problems)
        result.failures.push({
          operation: name,
          ...problem,
          request,
          ...(answer ? { status: answer.status, answer: answer.text.slice(0, 500) } : {}),
        });
    }
    const shown = [...statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`);
    const sent = String(valid.requests.length + mutated.length).padStart(4);
    console.log(`  ${name.padEnd(56)} ${sent}  ${shown.join(' ')}  (${Date.now() - opStarted} ms)`);
  }
  result.seconds = Math.round((Date.now() - started) / 100) / 10;
  return result;
}

/** Failures grouped by operation and check: the first request of each group is shown to reproduce it. */
function groupFailures(failures: Failure[]) {
  const groups = new Map<string, Failure[]>();
  for (const failure of failures) {
    const key = `${failure.operation} · ${failure.check}`;
    groups.set(key, [...(groups.get(key) ?? []), failure]);
  }
  return groups;
}

function printSummary(result: DatabaseResult, logFile: string) {
  const statuses = [...result.byStatus].sort(([a], [b]) => a - b).map(([status, count]) => `${status}: ${count}`);
  const kinds = [...result.byExpectation].map(([kind, count]) => `${kind}: ${count}`);
  console.log(
    `\n${result.kind}: ${result.requests} requests in ${result.seconds} s, ${result.failures.length} failures`,
  );
  console.log(`  by status      ${statuses.join(', ')}`);
  console.log(`  by request     ${kinds.join(', ')}  (valid examples dropped by Ajv: ${result.dropped})`);
  console.log(`  ids at start   ${JSON.stringify(result.ids)}`);
  console.log(`  slowest        ${result.slowest.ms} ms (${result.slowest.operation})`);
  const undeclared = [...result.undeclared].map(([operation, statuses]) => `${operation} ${[...statuses].join('/')}`);
  if (undeclared.length) console.log(`  generic, undeclared statuses answered: ${undeclared.join('; ')}`);
  for (const [key, group] of groupFailures(result.failures)) {
    const first = group[0]!;
    console.log(`\n  FAIL ${key} (${group.length}×)`);
    console.log(`    ${first.detail}`);
    if (first.request.mutation) console.log(`    mutation: ${first.request.mutation}`);
    console.log(`    answered: ${first.status ?? '-'} ${first.answer?.slice(0, 200) ?? ''}`);
    console.log(`    reproduce: ${curlOf(first.request).slice(0, 1_500)}`);
  }
  if (result.failures.some((failure) => failure.check === 'not_a_server_error'))
    console.log(`\n  The server's log (with the stack of each 500): ${logFile}`);
}

function writeReport(result: DatabaseResult, config: FuzzConfig) {
  const file = path.join(reportDir, `${result.kind}-report.json`);
  const report = {
    database: result.kind,
    seed: config.seed,
    requests: result.requests,
    byStatus: Object.fromEntries(result.byStatus),
    byExpectation: Object.fromEntries(result.byExpectation),
    seconds: result.seconds,
    failures: result.failures.map(({ request, ...failure }) => ({
      ...failure,
      request: recordOf(request),
      curl: curlOf(request),
    })),
  };
  writeFileSync(file, JSON.stringify(report, null, 2));
  return file;
}

function databasesToRun(args: string[]): DatabaseKind[] {
  const chosen = args.includes('--db') ? args[args.indexOf('--db') + 1] : undefined;
  if (chosen === 'pglite' || chosen === 'postgres') return [chosen];
  if (chosen) throw new Error(`--db pglite|postgres, not ${chosen}`);
  return process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

async function main() {
  const args = process.argv.slice(2);
  const config = loadConfig(args);
  mkdirSync(reportDir, { recursive: true });
  let failed = false;
  const lines: string[] = [];
  for (const kind of databasesToRun(args)) {
    console.log(`\n=== fuzz on ${kind} (seed ${config.seed}) ===`);
    const logFile = path.join(reportDir, `${kind}-server.log`);
    const server = await startServer({
      kind,
      auditHmacKey: config.auditHmacKey,
      timeoutMs: config.serverStartTimeoutMs,
      logFile,
    });
    let result: DatabaseResult;
    try {
      result = await fuzzDatabase(kind, server.baseUrl, config);
    } finally {
      await server.stop();
    }
    printSummary(result, logFile);
    console.log(`  report         ${writeReport(result, config)}`);
    const tooFew = result.requests < config.minimumRequestsPerDatabase;
    if (tooFew)
      console.log(`\n  FAIL only ${result.requests} requests, fewer than ${config.minimumRequestsPerDatabase}`);
    if (tooFew || result.failures.length > 0) failed = true;
    lines.push(`fuzz ${kind}: ${result.requests} requests, ${result.failures.length} failures`);
  }
  console.log(`\n${lines.join('\n')}`);
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
