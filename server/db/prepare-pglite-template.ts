import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDb } from './open-db.js';

/**
 * Run at `npm install` (package.json postinstall): makes the migrated template of the embedded database
 * (pglite-template.ts) by opening a throw-away data directory, so that the first `npm start` copies it
 * instead of running initdb. A failure here only warns: the first start makes the template then.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'capdo-template-'));
try {
  const { close } = await openDb({ dataDir: dir });
  await close();
} catch (error) {
  console.warn(
    'Chưa tạo được mẫu cơ sở dữ liệu nhúng; lần chạy đầu sẽ tạo. / The embedded database template was not made ' +
      `now; the first start makes it: ${error instanceof Error ? error.message : String(error)}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
