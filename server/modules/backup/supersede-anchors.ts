import { mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/open-db.js';
import { auditEvents } from '../../db/schema/index.js';

/** One day's anchor file as server/modules/audit/audit-anchors.ts writes it: only what a restore compares. */
interface AnchorOnDisk {
  name: string;
  lastId: number;
  lastHash: string;
}

const ANCHOR_FILE = /^\d{4}-\d{2}-\d{2}\.json$/;

/**
 * The anchors in the folder (AUDIT_ANCHOR_DIR, else DATA_DIR/audit-anchors) that name a chain
 * position. A file that cannot be read is left where it is: `audit:verify` reports it.
 */
export function anchorsOnDisk(dir: string): AnchorOnDisk[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => ANCHOR_FILE.test(name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names.sort().flatMap((name) => {
    try {
      const { lastId, lastHash } = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as Partial<AnchorOnDisk>;
      return typeof lastId === 'number' && typeof lastHash === 'string' ? [{ name, lastId, lastHash }] : [];
    } catch {
      return [];
    }
  });
}

/**
 * The anchors the restored chain does not hold: written after the backup was taken, they name an
 * event the backup does not have (or one with another hash, when the chain went on differently).
 * Left in place, the anchor writer would refuse to move on and `audit:verify` would report every
 * one of them as deleted events.
 */
export async function anchorsNotHeld(db: Db, anchors: AnchorOnDisk[]): Promise<string[]> {
  if (anchors.length === 0) return [];
  const rows = await db
    .select({ id: auditEvents.id, hash: auditEvents.hash })
    .from(auditEvents)
    .where(
      inArray(
        auditEvents.id,
        anchors.map((anchor) => anchor.lastId),
      ),
    );
  const hashes = new Map(rows.map((row) => [row.id, row.hash]));
  return anchors.filter((anchor) => hashes.get(anchor.lastId) !== anchor.lastHash).map((anchor) => anchor.name);
}

/**
 * Moves those anchors into `superseded-<stamp>/` inside the anchor folder, where the anchor reader
 * does not look: kept as the record of the chain that was replaced, never deleted.
 */
export function supersedeAnchors(dir: string, names: string[], stamp: string): string | null {
  if (names.length === 0) return null;
  const target = path.join(dir, `superseded-${stamp}`);
  mkdirSync(target, { recursive: true, mode: 0o700 });
  for (const name of names) renameSync(path.join(dir, name), path.join(target, name));
  return target;
}
