import { openDb } from '#server/db/open-db.js';
import { parseEnv } from '#server/env.js';
import { seedDemo } from './seed-demo.js';

/** `npm run seed:demo`: migrates and loads the demo into DATABASE_URL (or the embedded database). */
const env = parseEnv();
const { db, kind, close } = await openDb({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
try {
  await seedDemo(db);
  console.log(`Đã nạp dữ liệu mẫu Yên Định vào ${kind}. / Demo loaded.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await close();
}
