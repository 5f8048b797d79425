import { createApp, webDistDir } from './app.js';
import { startBackground } from './background.js';
import { buildWebIfNeeded } from './build-web-if-needed.js';
import { runsWithDemoData } from './demo-mode.js';
import { openDb } from './db/open-db.js';
import { parseEnv } from './env.js';
import { startAuditTrail } from './modules/audit/start-audit-trail.js';
import { ensureDefaultHolidays } from './modules/calendar/load-calendar.js';
import { closeDocumentPool } from './rendering/document-pool.js';
import { isEmpty, seedDemo } from '../drizzle/seed/seed-demo.js';
import { DEMO_PASSWORD, demoUsers } from '../drizzle/seed/yen-dinh.data.js';

async function main() {
  const env = parseEnv();
  if (env.SERVE_WEB) await buildWebIfNeeded(webDistDir);
  const opened = await openDb({
    databaseUrl: env.DATABASE_URL,
    dataDir: env.DATA_DIR,
    timeouts: { connectSeconds: env.DB_CONNECT_TIMEOUT_SECONDS, statementSeconds: env.DB_STATEMENT_TIMEOUT_SECONDS },
    poolSize: env.DB_POOL_SIZE,
  });
  const { db, kind, close } = opened;
  // Before anything appends an audit event: the key, the sealing of an older chain, today's anchor.
  const auditTrail = await startAuditTrail({ db, kind, env }).catch(async (error: unknown) => {
    await close();
    throw error;
  });
  await ensureDefaultHolidays(db);
  const shouldSeed = runsWithDemoData(env, kind);
  let seeded = false;
  if (shouldSeed && (await isEmpty(db))) {
    console.log('Đang nạp dữ liệu mẫu huyện Yên Định... / Loading the Yên Định demo...');
    await seedDemo(db);
    seeded = true;
  }
  // Batch exports and the sweeps run on the job queues every process on the database shares
  // (server/jobs/queues.ts): an export a dead process left half done runs again there, nothing to mend here.
  const background = await startBackground(opened, env).catch(async (error: unknown) => {
    await close();
    throw error;
  });
  const app = createApp({ db, databaseKind: kind, env, background, webDist: env.SERVE_WEB ? webDistDir : false });
  const server = app.listen(env.PORT, env.HOST, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : env.PORT;
    const where = kind === 'pglite' ? `PGlite (${env.DATA_DIR})` : 'PostgreSQL';
    console.log(`\ncapdo đang chạy tại / running at  http://localhost:${port}   [${where}]`);
    console.log(`Tài liệu API / API reference:     http://localhost:${port}/api/docs`);
    if (seeded || (shouldSeed && kind === 'pglite')) {
      console.log(`\nTài khoản mẫu / demo accounts (mật khẩu / password: ${DEMO_PASSWORD}):`);
      for (const user of demoUsers) console.log(`  ${user.username.padEnd(18)} ${user.role}`);
    }
  });

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    server.close();
    await background.stop();
    await auditTrail.stop();
    await closeDocumentPool();
    await close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
