import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { count } from 'drizzle-orm';
import { afterAll, expect, test } from 'vitest';
import { DataDirLockedError } from '#server/db/data-dir-lock.js';
import { openDb } from '#server/db/open-db.js';
import { organisations } from '#server/db/schema/index.js';
import { copyPgliteTemplate } from '../../../support/test-database.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../../..');
const holderScript = path.join(here, 'fixtures/hold-data-dir.ts');
const roots: string[] = [];
const children: ChildProcessWithoutNullStreams[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/**
 * Starts `node --import tsx hold-data-dir.ts <dir>` (the child's pid
 * is the lock holder's) and waits until it holds the dir.
 */
async function holdInAnotherProcess(dataDir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', holderScript, dataDir], { cwd: repoRoot, stdio: 'pipe' });
  children.push(child);
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const pid = await new Promise<number>((resolve, reject) => {
    let stdout = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const match = /holding (\d+)/.exec(stdout);
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', (code) => reject(new Error(`holder exited with ${code}: ${stderr}`)));
  });
  return { child, pid };
}

const exited = (child: ChildProcessWithoutNullStreams) =>
  new Promise<void>((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve()),
  );

test("a data directory held by another process is refused naming it; a crashed holder's lock is taken", async () => {
  const { root, dataDir } = copyPgliteTemplate();
  roots.push(root);
  const { child, pid } = await holdInAnotherProcess(dataDir);
  expect(pid).toBe(child.pid);
  expect(JSON.parse(readFileSync(path.join(dataDir, 'capdo.lock'), 'utf8'))).toMatchObject({
    pid: child.pid,
    host: hostname(),
  });

  const error = await openDb({ dataDir }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DataDirLockedError);
  expect((error as Error).message).toContain(`tiến trình ${child.pid} trên máy ${hostname()}`);
  expect((error as Error).message).toContain('hold-data-dir.ts');
  expect((error as Error).message).toContain(`in use by process ${child.pid}`);

  // The holder dies without cleaning up, as a crash would: its lock is stale and is taken over.
  child.kill('SIGKILL');
  await exited(child);
  const opened = await openDb({ dataDir });
  try {
    expect(JSON.parse(readFileSync(path.join(dataDir, 'capdo.lock'), 'utf8')).pid).toBe(process.pid);
    const [row] = await opened.db.select({ n: count() }).from(organisations);
    expect(row!.n).toBe(32);
  } finally {
    await opened.close();
  }
}, 60_000);
