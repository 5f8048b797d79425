import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { quoteIdent, withDatabase } from '../support/test-database-config.js';
import { isProcessAlive } from '#server/process-alive.js';

/**
 * The real server as a person starts it (`tsx server/main.ts`), API only, on a free port, on a fresh database
 * seeded with the demo: an empty PGlite directory, or a new database on TEST_DATABASE_URL's server that is
 * dropped afterwards.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = path.join(root, 'node_modules/.bin/tsx');

export type DatabaseKind = 'pglite' | 'postgres';

export interface RunningServer {
  baseUrl: string;
  logFile: string;
  stop(): Promise<void>;
}

interface StartOptions {
  kind: DatabaseKind;
  auditHmacKey: string;
  timeoutMs: number;
  /** Where the server's output goes */
  logFile: string;
}

function waitForPort(child: ChildProcess, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start in ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at\s+http:\/\/localhost:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        resolve(Number(match[1]));
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before listening:\n${output}`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

async function createDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `capdo_fuzz_${process.pid}_${Date.now().toString(36)}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  // Databases left by a run that was killed (its process is gone) go first.
  const leftovers = await admin<{ datname: string }[]>`
    select datname from pg_database where datname ~ '^capdo_fuzz_[0-9]+_'`;
  for (const { datname } of leftovers)
    if (!isProcessAlive(Number(datname.split('_')[2])))
      await admin.unsafe(`drop database if exists ${quoteIdent(datname)} with (force)`);
  await admin.unsafe(`create database ${quoteIdent(name)}`);
  return {
    url: withDatabase(adminUrl, name),
    drop: async () => {
      await admin.unsafe(`drop database if exists ${quoteIdent(name)} with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}

export async function startServer({ kind, auditHmacKey, timeoutMs, logFile }: StartOptions): Promise<RunningServer> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['DATABASE_URL', 'DATA_DIR', 'PORT', 'HOST', 'TRUST_PROXY', 'AUDIT_HMAC_KEY']) delete env[name];
  let cleanUp: () => Promise<void>;
  if (kind === 'postgres') {
    const adminUrl = process.env.TEST_DATABASE_URL;
    if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
    const database = await createDatabase(adminUrl);
    env.DATABASE_URL = database.url;
    cleanUp = () => database.drop();
  } else {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'capdo-fuzz-'));
    env.DATA_DIR = dataDir;
    cleanUp = () => Promise.resolve(rmSync(dataDir, { recursive: true, force: true }));
  }
  Object.assign(env, {
    SERVE_WEB: 'false',
    SEED_DEMO: 'true',
    PORT: '0',
    HOST: '127.0.0.1',
    AUDIT_HMAC_KEY: auditHmacKey,
    NODE_ENV: 'production',
  });

  const log = createWriteStream(logFile);
  const child = spawn(tsx, ['server/main.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  const stop = async () => {
    await stopChild(child);
    log.end();
    await cleanUp();
  };
  try {
    const port = await waitForPort(child, timeoutMs);
    return { baseUrl: `http://127.0.0.1:${port}`, logFile, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
