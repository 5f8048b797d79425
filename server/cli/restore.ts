import { parseArgs } from 'node:util';
import { parseEnv } from '../env.js';
import { BackupError } from '../modules/backup/backup-error.js';
import { restoreDatabase, type RestoreResult } from '../modules/backup/restore-database.js';

/**
 * `npm run restore -- FILE --yes [--force]`: replaces the database with a backup made by
 * `npm run backup`. Without --yes it only says what it would do. The replaced database is kept
 * (PGlite: DATA_DIR/pglite.before-restore-<time>; PostgreSQL: a dump in DATA_DIR/backups), and
 * audit anchors written after the backup are moved into audit-anchors/superseded-<time>/.
 * --force (PostgreSQL) restores even while other sessions are connected to the database.
 */
const { values, positionals } = parseArgs({
  options: { yes: { type: 'boolean', default: false }, force: { type: 'boolean', default: false } },
  allowPositionals: true,
});
const env = parseEnv();
const where = env.DATABASE_URL
  ? 'cơ sở dữ liệu PostgreSQL (DATABASE_URL)'
  : `cơ sở dữ liệu nhúng trong ${env.DATA_DIR}`;

if (positionals.length !== 1) {
  console.error('Cách dùng / usage: npm run restore -- TỆP_SAO_LƯU --yes [--force]');
  process.exit(2);
}
if (!values.yes) {
  console.error(
    `Phục hồi sẽ thay toàn bộ dữ liệu của ${where} bằng nội dung của ${positionals[0]}; dữ liệu hiện tại được ` +
      'cất sang bên cạnh, không bị xóa. Thêm --yes để thực hiện. / ' +
      'Restoring replaces all the data (the current data is kept aside). Add --yes to go ahead.',
  );
  process.exit(2);
}

try {
  report(await restoreDatabase(env, positionals[0]!, { force: values.force }));
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(error.message);
  process.exitCode = error.exitCode;
}

function report(result: RestoreResult) {
  console.log(`Đã phục hồi ${result.file} vào ${where}. / Restored.`);
  if (result.setAside)
    console.log(
      `Dữ liệu trước khi phục hồi được giữ tại ${result.setAside}; xóa khi không cần nữa. / ` +
        `The previous data is kept at ${result.setAside}.`,
    );
  if (result.superseded)
    console.log(
      `${result.superseded.files.length} mốc nhật ký ghi sau thời điểm sao lưu ` +
        `(${result.superseded.files.join(', ')}) được chuyển sang ${result.superseded.dir}. / ` +
        'Audit anchors newer than the backup were moved aside.',
    );
  if (result.chain?.ok)
    console.log(
      `Chuỗi nhật ký toàn vẹn: ${result.chain.checked} sự kiện. / Audit chain intact: ${result.chain.checked} events.`,
    );
  else if (result.chain) {
    console.error(
      `Chuỗi nhật ký của bản phục hồi có vấn đề / restored audit chain problems (${result.chain.problems.length}):`,
    );
    for (const problem of result.chain.problems.slice(0, 50)) console.error(`  - ${problem}`);
    process.exitCode = 1;
  } else if (result.head.count > 0) {
    // Started without the key, the server would create a new one, and no event of the restored chain would verify.
    console.error(
      'Chưa kiểm tra được chuỗi nhật ký: không tìm thấy khóa nhật ký (AUDIT_HMAC_KEY hoặc DATA_DIR/audit-key). ' +
        'TRƯỚC khi khởi động máy chủ, hãy đặt AUDIT_HMAC_KEY hoặc chép tệp audit-key của cài đặt đã tạo bản sao lưu ' +
        'vào DATA_DIR; nếu không, máy chủ sẽ tạo khóa mới và chuỗi nhật ký đã phục hồi sẽ không còn xác minh được. / ' +
        'Audit key not found: put back the key of the installation that made the backup (AUDIT_HMAC_KEY or ' +
        'DATA_DIR/audit-key) BEFORE starting the server, or the restored chain will no longer verify.',
    );
    process.exitCode = 1;
  }
}
