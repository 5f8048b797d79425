import { rmSync } from 'node:fs';
import { and, desc, isNotNull, isNull } from 'drizzle-orm';
import type { DatabaseKind, Db } from '../../db/open-db.js';
import { auditEvents } from '../../db/schema/index.js';
import type { Env } from '../../env.js';
import { startAnchorWriter, type AnchorWriter } from './audit-anchor-writer.js';
import { anchorDirOf, readAnchors, writeTodayAnchor } from './audit-anchors.js';
import { loadAuditKey, useAuditKey } from './audit-key.js';
import { contentHash } from './append-audit-event.js';
import { entryMac, eventMac, sameMac } from './audit-mac.js';
import { startAuditSealer, sealPendingAuditEvents } from './seal-audit-events.js';
import { sealLegacyChain } from './seal-legacy-chain.js';

type TrailEnv = Pick<Env, 'AUDIT_HMAC_KEY' | 'AUDIT_ANCHOR_DIR' | 'DATA_DIR'>;

interface StartOptions {
  db: Db;
  kind: DatabaseKind;
  env: TrailEnv;
  /** Start-up messages (never the key); the server prints them. */
  say?: (message: string) => void;
  warn?: (message: string) => void;
  /** The anchor writer's pace (tests make it short). */
  writer?: { minIntervalMs?: number; settleMs?: number };
  /** The sealer's pace (seal-audit-events.ts). */
  sealer?: { intervalMs?: number; wakeDelayMs?: number };
}

/** What the trail runs in the background of a server: the sealer and the anchor writer. */
export interface AuditTrail {
  /** Seals what is left, writes the pending anchor, and stops both. */
  stop(): Promise<void>;
}

/** How many of the newest keyed events are tried before deciding that the key is not this chain's. */
const KEY_PROBE = 20;

/**
 * At the server's start: load the key (and use it for every append of the process), refuse a key
 * that is not the chain's, seal an older chain written before keys, chain the events that wait (the
 * seed's, or those a stopped server left), write today's anchor, and keep both moving: the sealer
 * chains new events within a fraction of a second, the anchor writer follows the head.
 */
export async function startAuditTrail({
  db,
  kind,
  env,
  say = console.log,
  warn = console.warn,
  writer,
  sealer,
}: StartOptions): Promise<AuditTrail> {
  const loaded = loadAuditKey({ envKey: env.AUDIT_HMAC_KEY, dataDir: env.DATA_DIR, databaseKind: kind, create: true });
  loaded.warnings.forEach(warn);
  if (loaded.source === 'generated' && kind === 'pglite')
    say('Đã tạo khóa nhật ký trong thư mục dữ liệu (audit-key): hãy sao lưu riêng. / generated the audit key.');
  const { key } = loaded;
  try {
    await refuseForeignKey(db, key);
  } catch (error) {
    // A key generated just now never wrote anything: leave the place free for the chain's own key.
    if (loaded.source === 'generated' && loaded.file) rmSync(loaded.file, { force: true });
    throw error;
  }
  useAuditKey(key);

  const dir = anchorDirOf(env);
  const existing = readAnchors(dir, key);
  const sealed = await sealLegacyChain(db, {
    key,
    anchorsExist: existing.anchors.length + existing.problems.length > 0,
  });
  if (sealed.status === 'sealed')
    say(`Đã niêm phong ${sealed.count} sự kiện nhật ký cũ bằng khóa. / sealed ${sealed.count} older audit events.`);
  if (sealed.status === 'refused') {
    warn(`Nhật ký: ${sealed.reason}. Chạy / run npm run audit:verify`);
    sealed.problems.slice(0, 10).forEach((problem) => warn(`  - ${problem}`));
  }

  const waiting = await sealPendingAuditEvents(db, { key });
  if (waiting.refused.length > 0)
    warn(
      `Nhật ký: ${waiting.refused.length} sự kiện chờ niêm phong có mã nhập không khớp. Chạy / run npm run ` +
        'audit:verify / waiting audit events whose entry MAC does not hold',
    );

  const written = await writeTodayAnchor(db, { dir, key });
  if (written.status === 'conflict')
    warn(`Không ghi mốc nhật ký / audit anchor not written: ${written.reason}. Chạy / run npm run audit:verify`);
  if (written.status === 'empty' && existing.anchors.length > 0)
    warn(
      `Nhật ký trống nhưng ${dir} còn mốc của một chuỗi đã có sự kiện. Chạy / run npm run audit:verify ` +
        '/ the audit trail is empty but anchors of a chain with events exist.',
    );
  const anchorWriter: AnchorWriter = startAnchorWriter({ db, dir, key, warn, ...writer });
  const running = startAuditSealer({ db, key, warn, ...sealer });
  return {
    async stop() {
      // The sealer first: its last pass moves the head that the anchor writer then writes.
      await running.stop();
      await anchorWriter.stop();
    },
  };
}

/**
 * A second server started with another key (a PostgreSQL server without AUDIT_HMAC_KEY generates
 * its own) would append events no one can verify: it is refused when none of the newest keyed
 * events (sealed, or waiting with their entry MAC) carries a MAC under its key. One altered event
 * among them is tampering, for audit:verify.
 */
async function refuseForeignKey(db: Db, key: Buffer) {
  const sealed = await db
    .select({ id: auditEvents.id, hash: auditEvents.hash, mac: auditEvents.mac })
    .from(auditEvents)
    .where(isNotNull(auditEvents.mac))
    .orderBy(desc(auditEvents.seq))
    .limit(KEY_PROBE);
  // Events still waiting carry the entry MAC of the key that appended them (a chain not sealed yet has no other).
  const waiting = await db
    .select()
    .from(auditEvents)
    .where(and(isNull(auditEvents.seq), isNotNull(auditEvents.entryMac)))
    .orderBy(desc(auditEvents.id))
    .limit(KEY_PROBE);
  const ours =
    sealed.some((event) => sameMac(eventMac(key, event), event.mac)) ||
    waiting.some((event) => sameMac(entryMac(key, { id: event.id, contentHash: contentHash(event) }), event.entryMac));
  if (sealed.length + waiting.length > 0 && !ours)
    throw new Error(
      'Khóa nhật ký không phải khóa đã ghi chuỗi trong cơ sở dữ liệu này: đặt AUDIT_HMAC_KEY (hoặc tệp audit-key) ' +
        'bằng khóa đó (khóa các máy chủ khác đang dùng, hoặc bản sao lưu của tệp audit-key). / the audit key is ' +
        'not the key this chain was written with: set AUDIT_HMAC_KEY (or the audit-key file) to that key (the ' +
        "other servers' key, or the backup of audit-key).",
    );
}
