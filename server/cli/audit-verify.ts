import { openDb } from '../db/open-db.js';
import { parseEnv } from '../env.js';
import { anchorDirOf, readAnchors, writeTodayAnchor } from '../modules/audit/audit-anchors.js';
import { loadAuditKey } from '../modules/audit/audit-key.js';
import { verifyAuditChain } from '../modules/audit/verify-audit-chain.js';

/**
 * `npm run audit:verify`: seals the events that wait (as a server's sealer would), then exits 1 when any
 * audit event was edited, inserted, deleted or rewritten without the key, when one waits for the sealer
 * longer than the bound or was changed while waiting, or when the chain no longer reaches an anchor kept
 * outside the database (emptied tables, newest events deleted); exits 2 when the check cannot run (no key
 * found). An intact chain moves today's anchor forward. Events a running server appended a moment ago, and
 * not yet committed when sealing, are counted as waiting, not as a fault.
 */
const env = parseEnv();
const { db, kind, close } = await openDb({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
try {
  // Only read: a key generated here could never verify a chain written under another.
  const { key } = loadAuditKey({
    envKey: env.AUDIT_HMAC_KEY,
    dataDir: env.DATA_DIR,
    databaseKind: kind,
    create: false,
  });
  const dir = anchorDirOf(env);
  const { anchors, problems: anchorProblems } = readAnchors(dir, key);
  const report = await verifyAuditChain(db, { key, anchors });
  const problems = [...anchorProblems, ...report.problems];
  if (problems.length === 0) {
    console.log(
      `Chuỗi nhật ký toàn vẹn: ${report.checked} sự kiện, khớp ${anchors.length} mốc ngoài cơ sở dữ liệu. ` +
        `/ Audit chain intact: ${report.checked} events, ${anchors.length} anchors.`,
    );
    if (report.pending > 0)
      console.log(`${report.pending} sự kiện đang chờ niêm phong / events waiting to be sealed (a moment).`);
    const written = await writeTodayAnchor(db, { dir, key });
    if (written.status === 'written') console.log(`Đã ghi mốc / anchor written: ${dir}/${written.anchor.date}.json`);
  } else {
    console.error(`Phát hiện can thiệp vào nhật ký / tampering detected (${problems.length}):`);
    for (const problem of problems.slice(0, 50)) console.error(`  - ${problem}`);
    process.exitCode = 1;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
} finally {
  await close();
}
