import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, verifyAuditChain, type ServerProcess } from '../faults/support/server-process.js';
import { BENCH_AUDIT_KEY } from './load-audit-chain.js';

/**
 * The API servers the load benchmark measures: `node --import tsx server/main.ts` as `npm start` runs it, API only
 * (SERVE_WEB=false), in production mode (no response checking), on the bench database, without the demo seed and
 * without the scheduled jobs (a reminder sweep in the middle of a run would be measured too). They share the
 * bench's audit key and one anchor directory, so `audit:verify` at the end checks what they all appended.
 */
export interface BenchServers {
  servers: ServerProcess[];
  /** The environment of `audit:verify` on the same database, key and anchors. */
  verifyEnv: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

export async function startBenchServers(databaseUrl: string, count: number): Promise<BenchServers> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'capdo-bench-load-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    SERVE_WEB: 'false',
    SEED_DEMO: 'false',
    JOBS_SCHEDULES: 'false',
    DATABASE_URL: databaseUrl,
    DATA_DIR: dataDir,
    AUDIT_HMAC_KEY: BENCH_AUDIT_KEY,
    AUDIT_ANCHOR_DIR: path.join(dataDir, 'audit-anchors'),
  };
  delete env.TEST_DATABASE_URL;
  const servers: ServerProcess[] = [];
  const stop = async () => {
    for (const server of servers) await server.stop().catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    // One after the other: the first start checks the audit chain and writes today's anchor.
    for (let i = 0; i < count; i++) servers.push(await startServer(env, 180_000, { compiled: true }));
  } catch (error) {
    await stop();
    throw error;
  }
  return { servers, verifyEnv: env, stop };
}

/** `npm run audit:verify` on the bench database with the servers' key and anchors. */
export async function verifyBenchAudit(servers: BenchServers) {
  const { code, output } = await verifyAuditChain(servers.verifyEnv);
  // Without the driver's start-up notices ("[capdo] ..."): what the check says comes first.
  const said = output
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('[capdo]'))
    .join('\n');
  return { ok: code === 0, output: said };
}

/** The resident memory of a process in MB (VmRSS of /proc/<pid>/status); undefined off Linux. */
export function residentMb(pid: number): number | undefined {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}
