import { execFile } from 'node:child_process';
import { chownSync, existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './free-port.js';

const run = promisify(execFile);

/**
 * A throw-away PostgreSQL cluster in a temp folder, on its own port: the fault tests stop it, kill it and
 * start it again. The machine's shared server (port 5432) is never touched, other tests use it.
 */
export interface PgCluster {
  url: string;
  port: number;
  /** Starts (or restarts) the server and waits until it accepts connections. */
  start(): Promise<void>;
  /** `pg_ctl stop -m immediate`: every backend dies at once, as in a crash; the next start recovers. */
  stopImmediately(): Promise<void>;
  /** Stops it and deletes its folder. */
  destroy(): Promise<void>;
}

/** PostgreSQL's server programs: PG_BIN, else the newest /usr/lib/postgresql/<version>/bin (Debian). */
function binDir(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((name) => existsSync(path.join(root, name, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions[0]) throw new Error('initdb not found: install PostgreSQL or set PG_BIN to its bin folder');
  return path.join(root, versions[0], 'bin');
}

/** PostgreSQL refuses to run as root: as root, its programs run as the `postgres` account. */
function asServerUser(program: string, args: string[]): [string, string[]] {
  if (userInfo().uid !== 0) return [program, args];
  return ['runuser', ['-u', 'postgres', '--', program, ...args]];
}

async function pg(program: string, args: string[]) {
  const [command, argv] = asServerUser(path.join(binDir(), program), args);
  return run(command, argv, { timeout: 60_000 });
}

export async function createPgCluster(): Promise<PgCluster> {
  const dir = await mkdtemp(path.join(tmpdir(), 'capdo-fault-pg-'));
  if (userInfo().uid === 0) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    chownSync(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const data = path.join(dir, 'data');
  await pg('initdb', ['-D', data, '--auth=trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  const port = await freePort();
  // The socket goes into the cluster's own folder; the tests connect over TCP. A backend notices within a
  // second that its client died (client_connection_check_interval), as a busy production server would.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c client_connection_check_interval=1000`;
  const log = path.join(dir, 'server.log');
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    async start() {
      await pg('pg_ctl', ['-D', data, '-o', options, '-l', log, '-w', '-t', '60', 'start']);
    },
    async stopImmediately() {
      await pg('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    },
    async destroy() {
      await pg('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
