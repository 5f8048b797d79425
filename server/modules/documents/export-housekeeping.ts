import { hostname } from 'node:os';
import { and, eq, inArray, lt } from 'drizzle-orm';
import { translate } from '#shared/i18n/translate.js';
import type { DatabaseKind, Db } from '../../db/open-db.js';
import { documentExports } from '../../db/schema/index.js';
import { keptSince, STALLED_AFTER_MS } from './export-limits.js';
import { isProcessAlive } from '../../process-alive.js';

/** "host:pid" of this process, recorded on each export it runs. */
export const thisRunner = `${hostname()}:${process.pid}`;

/** How often a running server fails stalled exports and deletes expired zips. */
const HOUSEKEEPING_EVERY_MS = 10 * 60_000;

/** The reason an export cut off by a restart or a crash is failed with: people read it (Vietnamese). */
const interrupted = () => translate('vi', 'validation.exportInterrupted');

/**
 * Whether the process that ran an export is certainly gone: it ran on this host and its pid is dead, or
 * is ours (we have just started and run nothing yet: a container restarts with the same pid).
 */
function runnerIsGone(runner: string | null): boolean {
  if (!runner) return false;
  const at = runner.lastIndexOf(':');
  const host = runner.slice(0, at);
  const pid = Number(runner.slice(at + 1));
  if (host !== hostname() || !Number.isInteger(pid) || pid <= 0) return false;
  return pid === process.pid || !isProcessAlive(pid);
}

/**
 * At start-up, before this process runs any export: exports left "running" by a process that died (a
 * crash, a SIGKILL, a restart) are failed with a reason, so their requesters see them stop instead of
 * waiting for ever. On PGlite every running export is such (the data directory admits one process, see
 * server/db/data-dir-lock.ts); on PostgreSQL another live server may be running some, so only those of
 * a dead process on this host, and those that stalled anywhere, are failed. Returns how many.
 */
export async function failInterruptedExports(db: Db, kind: DatabaseKind): Promise<number> {
  const running = await db
    .select({ id: documentExports.id, runner: documentExports.runner, progressAt: documentExports.progressAt })
    .from(documentExports)
    .where(eq(documentExports.status, 'running'));
  const stalledBefore = Date.now() - STALLED_AFTER_MS;
  const dead = running
    .filter((row) => kind === 'pglite' || runnerIsGone(row.runner) || row.progressAt.getTime() < stalledBefore)
    .map((row) => row.id);
  if (dead.length === 0) return 0;
  const failed = await db
    .update(documentExports)
    .set({ status: 'failed', error: interrupted(), finishedAt: new Date() })
    .where(and(inArray(documentExports.id, dead), eq(documentExports.status, 'running')))
    .returning({ id: documentExports.id });
  return failed.length;
}

/**
 * The periodic sweep: running exports that stopped moving are failed (their process died on another
 * host), and finished exports older than exportLimits.keepHours (export-limits.ts) lose their zip and read "expired".
 */
export async function sweepExports(db: Db, now = new Date()): Promise<{ failed: number; expired: number }> {
  const failed = await db
    .update(documentExports)
    .set({ status: 'failed', error: interrupted(), finishedAt: now })
    .where(
      and(
        eq(documentExports.status, 'running'),
        lt(documentExports.progressAt, new Date(now.getTime() - STALLED_AFTER_MS)),
      ),
    )
    .returning({ id: documentExports.id });
  const expired = await db
    .update(documentExports)
    .set({ status: 'expired', result: null })
    .where(and(eq(documentExports.status, 'done'), lt(documentExports.finishedAt, keptSince(now))))
    .returning({ id: documentExports.id });
  return { failed: failed.length, expired: expired.length };
}

/**
 * Runs the sweep now and every HOUSEKEEPING_EVERY_MS. The timer is unref'd (it never keeps the process
 * alive) and a sweep that fails (the database away) is logged and tried again next time. Returns stop().
 */
export function startExportHousekeeping(db: Db): () => void {
  let running = false;
  const sweep = async () => {
    if (running) return;
    running = true;
    try {
      const { failed, expired } = await sweepExports(db);
      if (failed + expired > 0) console.log(`[capdo] exports: ${failed} stalled failed, ${expired} zips expired`);
    } catch (error) {
      console.warn('[capdo] export housekeeping failed, will retry:', error instanceof Error ? error.message : error);
    } finally {
      running = false;
    }
  };
  void sweep();
  const timer = setInterval(() => void sweep(), HOUSEKEEPING_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
