import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * The environment of every process a fault test starts: the real server as `npm start` runs it (API
 * only), on the given database, with a fixed audit key so that a restarted server and the audit check
 * agree on the chain's MACs.
 */
export function serverEnv(database: { url: string } | { dataDir: string }, dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    SERVE_WEB: 'false',
    SEED_DEMO: 'true',
    DATA_DIR: dataDir,
    AUDIT_HMAC_KEY: 'fault-tests-audit-key-0123456789abcdef0123456789abcdef',
  };
  delete env.DATABASE_URL;
  delete env.TEST_DATABASE_URL;
  if ('url' in database) env.DATABASE_URL = database.url;
  return env;
}

export interface ServerProcess {
  baseUrl: string;
  pid: number;
  /** Everything it printed so far (for the failure message of a test). */
  output(): string;
  /** SIGKILL: no handler runs, nothing is flushed or closed; resolves once the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM: the server closes its database and exits; resolves once it is gone. */
  stop(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Starts `node --import tsx server/main.ts` (the process itself, not npx in front of it, so that a
 * signal reaches the server) and waits for the line saying where it listens. `compiled`: the server as `npm start`
 * runs it, compiled once (server/start.mjs); the benchmarks use it, the tests the sources they are testing.
 */
export async function startServer(
  env: NodeJS.ProcessEnv,
  timeoutMs = 90_000,
  { compiled = false } = {},
): Promise<ServerProcess> {
  const args = compiled ? ['server/start.mjs'] : ['--import', 'tsx', 'server/main.ts'];
  const child = spawn(process.execPath, args, {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = collectOutput(child);
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not start in ${timeoutMs} ms:\n${output()}`));
    }, timeoutMs);
    const onData = () => {
      const match = /running at\s+http:\/\/localhost:(\d+)/.exec(output());
      if (!match) return;
      clearTimeout(timer);
      child.stdout.off('data', onData);
      resolve(Number(match[1]));
    };
    child.stdout.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code ?? signal}) before listening:\n${output()}`));
    });
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    output,
    async kill() {
      child.kill('SIGKILL');
      await exited(child);
    },
    async stop() {
      child.kill('SIGTERM');
      await exited(child);
    },
  };
}

/** Runs `npm run audit:verify` (its script, without npm) on the same database; resolves its exit code and output. */
export function verifyAuditChain(env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/audit-verify.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = collectOutput(child);
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output: output() })));
}

/** Everything a child process writes, stdout and stderr interleaved, read as it grows. */
function collectOutput(child: ChildProcess): () => string {
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return () => output;
}
