import { eq } from 'drizzle-orm';
import type { AuditChainState } from '#shared/audit/audit-list.schemas.js';
import type { Db } from '../../db/open-db.js';
import { auditEvents, auditHead } from '../../db/schema/index.js';
import type { Env } from '../../env.js';
import { anchorDirOf, readAnchors } from './audit-anchors.js';
import { currentAuditKey } from './audit-key.js';
import { verifyAuditChain } from './verify-audit-chain.js';

type TrailEnv = Pick<Env, 'AUDIT_ANCHOR_DIR' | 'DATA_DIR'>;

/**
 * The chain's state from what is cheap to read: the head row, the anchor files (in the folder the server writes
 * them to) and the one event the newest anchor names. The full recomputation is O(events): only when asked.
 */
export async function auditChainState(
  db: Db,
  env: TrailEnv,
  { verify }: { verify: boolean },
): Promise<AuditChainState> {
  const key = currentAuditKey();
  const { anchors, problems } = readAnchors(anchorDirOf(env), key);
  const [head] = await db.select().from(auditHead);
  const latest = anchors.at(-1);
  let anchorIsHead: boolean | null = null;
  let chainHoldsAnchor: boolean | null = null;
  if (latest && head) {
    const [anchored] = await db
      .select({ hash: auditEvents.hash })
      .from(auditEvents)
      .where(eq(auditEvents.id, latest.lastId));
    chainHoldsAnchor = anchored?.hash === latest.lastHash && head.count >= latest.count;
    anchorIsHead = head.lastId === latest.lastId && head.lastHash === latest.lastHash && head.count === latest.count;
  }
  return {
    head: head ? { lastId: head.lastId, lastHash: head.lastHash, count: head.count } : null,
    latestAnchor: latest
      ? { date: latest.date, lastId: latest.lastId, lastHash: latest.lastHash, count: latest.count }
      : null,
    anchorProblems: problems,
    anchorIsHead,
    chainHoldsAnchor,
    // Only reads: the sealer of a running server chains what waits, and waiting a moment is reported as such.
    verification: verify ? await verifyAuditChain(db, { key, anchors, seal: false }) : null,
  };
}
