import { existsSync } from 'node:fs';
import path from 'node:path';
import type { DatabaseKind, Db } from '../../db/open-db.js';
import { auditHead } from '../../db/schema/index.js';
import { anchorDirOf, readAnchors } from '../audit/audit-anchors.js';
import { loadAuditKey } from '../audit/audit-key.js';
import { verifyAuditChain, type ChainReport } from '../audit/verify-audit-chain.js';
import { databaseKindOf, type BackupEnv } from './backup-database.js';
import { checkBackupFile, defaultBackupFile, vietnamTimestamp } from './backup-files.js';
import { restorePglite } from './pglite-backup.js';
import { restorePostgres } from './postgres-backup.js';
import { anchorsNotHeld, anchorsOnDisk, supersedeAnchors } from './supersede-anchors.js';

export interface RestoreResult {
  kind: DatabaseKind;
  file: string;
  /** Where the replaced database was kept: its data directory (PGlite) or a dump of it (PostgreSQL). */
  setAside: string | null;
  /** The restored chain's newest event and how many there are (0 when the trail is empty). */
  head: { lastId: number; count: number };
  /** The restored chain checked with the key and the anchors that remain; null when no key was found. */
  chain: ChainReport | null;
  /** The anchors written after the backup, moved aside, and where to. */
  superseded: { dir: string; files: string[] } | null;
}

/**
 * Replaces the database the environment names with a backup, keeping the replaced one aside (never
 * deleted), then deals with what lives outside the database: anchors the restored chain does not
 * hold are moved into superseded-<stamp>/, and the restored chain is checked against the key and
 * the anchors that remain. The audit key itself is not touched: a backup restores into the
 * installation whose key wrote it (or with that key given as AUDIT_HMAC_KEY).
 */
export async function restoreDatabase(
  env: BackupEnv,
  backupFile: string,
  options: { force?: boolean; now?: Date } = {},
): Promise<RestoreResult> {
  const kind = databaseKindOf(env);
  const now = options.now ?? new Date();
  const file = checkBackupFile(backupFile, kind);
  const anchorDir = anchorDirOf(env);
  const anchors = anchorsOnDisk(anchorDir);
  const key = auditKeyIfAny(env, kind);

  const inspect = async (db: Db) => {
    const [head] = await db.select().from(auditHead);
    const notHeld = await anchorsNotHeld(db, anchors);
    if (!key) return { head: { lastId: head?.lastId ?? 0, count: head?.count ?? 0 }, notHeld, chain: null };
    const remaining = readAnchors(anchorDir, key).anchors.filter((a) => !notHeld.includes(`${a.date}.json`));
    const chain = await verifyAuditChain(db, { key, anchors: remaining });
    return { head: { lastId: head?.lastId ?? 0, count: head?.count ?? 0 }, notHeld, chain };
  };

  const { setAside, inspected } = env.DATABASE_URL
    ? await restorePostgres(
        env.DATABASE_URL,
        file,
        {
          force: options.force ?? false,
          safetyFile: defaultBackupFile(env.DATA_DIR, kind, now, 'capdo-before-restore'),
        },
        inspect,
      )
    : await restorePglite(env.DATA_DIR, file, now, inspect);

  const supersededDir = supersedeAnchors(anchorDir, inspected.notHeld, vietnamTimestamp(now));
  return {
    kind,
    file,
    setAside,
    head: inspected.head,
    chain: inspected.chain,
    superseded: supersededDir ? { dir: supersededDir, files: inspected.notHeld } : null,
  };
}

/**
 * The installation's audit key, read only: a restore never creates one (a new key would match no
 * event of the restored chain). Undefined when there is none; a key that is there but invalid fails.
 */
function auditKeyIfAny(env: BackupEnv, kind: DatabaseKind): Buffer | undefined {
  // DATA_DIR/audit-key: where server/modules/audit/audit-key.ts keeps the key when AUDIT_HMAC_KEY is unset.
  if (!env.AUDIT_HMAC_KEY && !existsSync(path.resolve(env.DATA_DIR || '.', 'audit-key'))) return undefined;
  return loadAuditKey({ envKey: env.AUDIT_HMAC_KEY, dataDir: env.DATA_DIR, databaseKind: kind, create: false }).key;
}
