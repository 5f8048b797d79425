import os from 'node:os';
import autocannon from 'autocannon';

/** One autocannon request: its own path, headers and body, and what it does with the answer. */
export type LoadRequest = autocannon.Request;

export interface LoadPlan {
  /** The servers the clients are spread over, client i on urls[i % urls.length]. */
  urls: string[];
  connections: number;
  durationSeconds: number;
  /** The requests client i repeats, in order (closures may keep state of their own: a dossier, its version). */
  requestsFor: (client: number) => LoadRequest[];
}

export interface LoadResult {
  responses: number;
  requestsPerSecond: number;
  /** Latency of the 2xx answers, in ms. */
  p50: number;
  p95: number;
  p99: number;
  /** Non-2xx answers, time-outs and connection errors. */
  errors: number;
  /** What the errors were: status code or kind, with a count, and the first body of each status. */
  errorKinds: Record<string, number>;
  errorSamples: Record<string, string>;
  loadStart: number;
  loadEnd: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)]!;

/**
 * Runs one load with autocannon and measures it ourselves: every answer's latency is recorded (autocannon's own
 * histogram has no p95), the errors are counted by kind and the first body of each failing status is kept, so
 * a failing scenario says why. Load averages (1 min) are read at the start and at the end.
 */
export async function runLoad(plan: LoadPlan): Promise<LoadResult> {
  const latencies: number[] = [];
  const errorKinds: Record<string, number> = {};
  const errorSamples: Record<string, string> = {};
  const countError = (kind: string) => (errorKinds[kind] = (errorKinds[kind] ?? 0) + 1);
  let nextClient = 0;
  const loadStart = os.loadavg()[0]!;
  // Without a callback autocannon answers its event emitter made thenable (lib/init.js): the type says a promise.
  const running = autocannon({
    // autocannon spreads its connections over several URLs (lib/run.js), which its type does not say.
    url: plan.urls as unknown as string,
    connections: plan.connections,
    duration: plan.durationSeconds,
    timeout: 10,
    setupClient: (client) => {
      const requests = plan.requestsFor(nextClient++).map((request) => ({
        ...request,
        onResponse: (status: number, body: string, context: object, headers: LoadRequest['headers']) => {
          if (status >= 300 && errorSamples[status] === undefined) errorSamples[status] = body.slice(0, 300);
          if (typeof request.onResponse === 'function') request.onResponse(status, body, context, headers);
        },
      }));
      client.setRequests(requests);
    },
  });
  const instance = running as unknown as autocannon.Instance;
  let responses = 0;
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    responses++;
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    else countError(String(statusCode));
  });
  instance.on('reqError', (error: { code?: string; message?: string }) =>
    countError(error?.code === undefined ? 'timeout' : `error ${error.code}`),
  );
  const result = await running;
  latencies.sort((a, b) => a - b);
  // autocannon counts time-outs apart from the request errors it emits: take the larger of the two counts.
  const counted = Object.values(errorKinds).reduce((sum, n) => sum + n, 0);
  const errors = Math.max(counted, result.non2xx + result.timeouts + result.errors);
  return {
    responses,
    requestsPerSecond: responses / result.duration,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    errors,
    errorKinds,
    errorSamples,
    loadStart,
    loadEnd: os.loadavg()[0]!,
  };
}

/** Runs loads at the same time (e.g. PDF downloads while others open the dossier page). */
export const runLoadsTogether = (plans: LoadPlan[]) => Promise.all(plans.map(runLoad));

/**
 * A write scenario on one server process and on two, in turns (1 2, 2 1, 1 2...), after a short run on both that
 * warms the second process as the reads warmed the first. One run of each cannot tell a difference of a few percent
 * from the machine's drift (±10% between minutes on these machines); rounds in turns put the drift on both sides.
 */
export async function oneAndTwoProcesses<Result extends LoadResult>(
  urls: string[],
  { rounds, warmUpSeconds }: { rounds: number; warmUpSeconds: number },
  run: (urls: string[], seconds?: number) => Promise<Result>,
): Promise<[Result[], Result[]]> {
  await run(urls, warmUpSeconds);
  const one: Result[] = [];
  const two: Result[] = [];
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? [1, 2] : [2, 1];
    for (const processes of order) (processes === 1 ? one : two).push(await run(urls.slice(0, processes)));
  }
  return [one, two];
}

/** The round whose requests per second is the median (the lower middle of an even count). */
export function medianRound<Result extends LoadResult>(results: Result[]): Result {
  const sorted = [...results].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}
