import { rmSync } from 'node:fs';
import { desc, isNotNull } from 'drizzle-orm';
import type { DatabaseKind, Db } from '../../db/open-db.js';
import { auditEvents } from '../../db/schema/index.js';
import type { Env } from '../../env.js';
import { startAnchorWriter, type AnchorWriter } from './audit-anchor-writer.js';
import { anchorDirOf, readAnchors, writeTodayAnchor } from './audit-anchors.js';
import { loadAuditKey, useAuditKey } from './audit-key.js';
import { eventMac, sameMac } from './audit-mac.js';
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
}

/** How many of the newest keyed events are tried before deciding that the key is not this chain's. */
const KEY_PROBE = 20;

/**
 * At the server's start: load the key (and use it for every append of the process), refuse a key
 * that is not the chain's, seal an older chain written before keys, write today's anchor, and keep
 * it moving after appends.
 */
export async function startAuditTrail({
  db,
  kind,
  env,
  say = console.log,
  warn = console.warn,
  writer,
}: StartOptions): Promise<AnchorWriter> {
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

  const written = await writeTodayAnchor(db, { dir, key });
  if (written.status === 'conflict')
    warn(`Không ghi mốc nhật ký / audit anchor not written: ${written.reason}. Chạy / run npm run audit:verify`);
  if (written.status === 'empty' && existing.anchors.length > 0)
    warn(
      `Nhật ký trống nhưng ${dir} còn mốc của một chuỗi đã có sự kiện. Chạy / run npm run audit:verify ` +
        '/ the audit trail is empty but anchors of a chain with events exist.',
    );
  return startAnchorWriter({ db, dir, key, warn, ...writer });
}

/**
 * A second server started with another key (a PostgreSQL server without AUDIT_HMAC_KEY generates
 * its own) would append events no one can verify: it is refused when none of the newest keyed
 * events carries a MAC under its key. One altered event among them is tampering, for audit:verify.
 */
async function refuseForeignKey(db: Db, key: Buffer) {
  const newest = await db
    .select({ id: auditEvents.id, hash: auditEvents.hash, mac: auditEvents.mac })
    .from(auditEvents)
    .where(isNotNull(auditEvents.mac))
    .orderBy(desc(auditEvents.id))
    .limit(KEY_PROBE);
  if (newest.length > 0 && !newest.some((event) => sameMac(eventMac(key, event), event.mac)))
    throw new Error(
      'Khóa nhật ký không phải khóa đã ghi chuỗi trong cơ sở dữ liệu này: đặt AUDIT_HMAC_KEY (hoặc tệp audit-key) ' +
        'bằng khóa đó (khóa các máy chủ khác đang dùng, hoặc bản sao lưu của tệp audit-key). / the audit key is ' +
        'not the key this chain was written with: set AUDIT_HMAC_KEY (or the audit-key file) to that key (the ' +
        "other servers' key, or the backup of audit-key).",
    );
}
