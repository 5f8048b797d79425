import type { Db } from '../../db/open-db.js';
import { onAuditSealed } from './audit-append-listeners.js';
import { writeTodayAnchor, type AnchorWrite } from './audit-anchors.js';

interface WriterOptions {
  db: Db;
  dir: string;
  key: Buffer;
  /** At most one write per this many milliseconds per process. */
  minIntervalMs?: number;
  /** How long after a seal to read the head (a burst of seals is written once). */
  settleMs?: number;
  /** Where a refused or failed write is said (the server's console). */
  warn?: (message: string) => void;
}

export interface AnchorWriter {
  /** Writes what is pending now (at shutdown) and stops listening. */
  stop(): Promise<void>;
}

/**
 * Moves today's anchor forward after the sealer moved the head: at most once a minute per process, reading the
 * committed head a moment after the append that asked for it. The timer never keeps the process
 * alive; `stop` writes what is still pending.
 */
export function startAnchorWriter({
  db,
  dir,
  key,
  minIntervalMs = 60_000,
  settleMs = 2_000,
  warn = console.warn,
}: WriterOptions): AnchorWriter {
  let lastWriteAt = 0;
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<void> = Promise.resolve();

  const write = () => {
    timer = undefined;
    lastWriteAt = Date.now();
    writing = writing.then(async () => {
      try {
        report(await writeTodayAnchor(db, { dir, key }));
      } catch (error) {
        warn(`Không ghi được mốc nhật ký / could not write the audit anchor: ${(error as Error).message}`);
      }
    });
  };
  const report = (result: AnchorWrite) => {
    if (result.status === 'conflict')
      warn(`Không ghi mốc nhật ký / audit anchor not written: ${result.reason}. Chạy / run npm run audit:verify`);
  };

  const unsubscribe = onAuditSealed(() => {
    if (timer) return;
    timer = setTimeout(write, Math.max(settleMs, lastWriteAt + minIntervalMs - Date.now()));
    timer.unref();
  });

  return {
    async stop() {
      unsubscribe();
      if (timer) {
        clearTimeout(timer);
        write();
      }
      await writing;
    },
  };
}
