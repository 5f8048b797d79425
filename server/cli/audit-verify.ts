import { openDb } from '../db/open-db.js';
import { parseEnv } from '../env.js';
import { verifyAuditChain } from '../modules/audit/verify-audit-chain.js';

/** `npm run audit:verify`: exits 1 when any audit event was edited, inserted or deleted. */
const env = parseEnv();
const { db, close } = await openDb({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
try {
  const report = await verifyAuditChain(db);
  if (report.ok) {
    console.log(`Chuỗi nhật ký toàn vẹn: ${report.checked} sự kiện. / Audit chain intact: ${report.checked} events.`);
  } else {
    console.error(`Phát hiện can thiệp vào nhật ký / tampering detected (${report.problems.length}):`);
    for (const problem of report.problems.slice(0, 50)) console.error(`  - ${problem}`);
    process.exitCode = 1;
  }
} finally {
  await close();
}
