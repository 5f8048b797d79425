import { parseArgs } from 'node:util';
import { parseEnv } from '../env.js';
import { backupDatabase } from '../modules/backup/backup-database.js';
import { BackupError } from '../modules/backup/backup-error.js';

/**
 * `npm run backup -- [--out FILE]`: a backup of the database, by default into
 * DATA_DIR/backups/capdo-YYYYMMDD-HHMMSS.dump (PostgreSQL, pg_dump) or .tar.gz (the embedded PGlite,
 * refused while a server holds it). The audit key is not in it: keep AUDIT_HMAC_KEY or
 * DATA_DIR/audit-key safe on its own.
 */
const { values } = parseArgs({ options: { out: { type: 'string' } } });
try {
  const result = await backupDatabase(parseEnv(), values.out ? { out: values.out } : {});
  const size = `${(result.bytes / 1024 / 1024).toFixed(1)} MB`;
  console.log(`Đã sao lưu vào ${result.file} (${size}). / Backup written to ${result.file}.`);
  console.log(
    'Bản sao lưu chứa mọi dữ liệu (cả mã băm mật khẩu và tệp đính kèm): hãy cất giữ như chính cơ sở dữ liệu. ' +
      'Khóa nhật ký (AUDIT_HMAC_KEY hoặc DATA_DIR/audit-key) không nằm trong đó: hãy giữ riêng. / ' +
      'Keep the backup as safe as the database; the audit key is not in it and is kept separately.',
  );
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(error.message);
  process.exitCode = error.exitCode;
}
