import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { DatabaseKind } from '../../db/open-db.js';
import { parseEnv } from '../../env.js';

/**
 * The audit trail's HMAC key. It lives outside the database on purpose: whoever can write the
 * tables (a database console, a stolen connection string, an edited dump) can recompute the public
 * SHA-256 chain, but not a MAC under a key they never see. It is never stored in the database, never
 * logged, never sent by the API and never put in an audit event.
 */
const AUDIT_KEY_FILE = 'audit-key';
const MIN_KEY_LENGTH = 32;

interface KeySource {
  /** AUDIT_HMAC_KEY, which wins when set. */
  envKey?: string | undefined;
  dataDir: string;
  databaseKind: DatabaseKind;
  /** Create DATA_DIR/audit-key when there is none (the server does; `audit:verify` only reads). */
  create: boolean;
}

export interface LoadedAuditKey {
  key: Buffer;
  /** Where it came from, for the start-up message: never the key itself. */
  source: 'environment' | 'file' | 'generated';
  /** The key file, when it came from one. */
  file?: string;
  /** Said once at start-up: a key generated for PostgreSQL, a key file others can read. */
  warnings: string[];
}

/**
 * AUDIT_HMAC_KEY when set; otherwise DATA_DIR/audit-key, created (32 random bytes as hex, mode 0600)
 * when absent and `create` is set. Its text is the key, so `AUDIT_HMAC_KEY=$(cat data/audit-key)` is
 * the same key. On PostgreSQL a generated key is only right for a single server: every process writing
 * the same database must share one key, hence the warning.
 */
export function loadAuditKey({ envKey, dataDir, databaseKind, create }: KeySource): LoadedAuditKey {
  if (envKey) return { key: keyBytes(envKey, 'AUDIT_HMAC_KEY'), source: 'environment', warnings: [] };
  const file = path.resolve(dataDir || '.', AUDIT_KEY_FILE);
  const warnings: string[] = [];
  let text = readKeyFile(file);
  let source: LoadedAuditKey['source'] = 'file';
  if (text === undefined) {
    if (!create)
      throw new Error(
        `Không tìm thấy khóa nhật ký (AUDIT_HMAC_KEY hoặc ${file}): khởi động máy chủ một lần để tạo khóa. ` +
          `/ audit key not found (AUDIT_HMAC_KEY or ${file}): start the server once to create it.`,
      );
    text = createKeyFile(file);
    source = 'generated';
    if (databaseKind === 'postgres')
      warnings.push(
        `AUDIT_HMAC_KEY chưa được đặt: đã tạo khóa nhật ký tại ${file}. Mọi máy chủ dùng chung cơ sở dữ liệu này ` +
          'phải dùng cùng khóa: đặt AUDIT_HMAC_KEY bằng nội dung tệp đó, và sao lưu khóa tách khỏi cơ sở dữ liệu. ' +
          `/ AUDIT_HMAC_KEY is not set: generated the audit key in ${file}; every server on this database must ` +
          'share it (set AUDIT_HMAC_KEY to its content) and back it up apart from the database.',
      );
  } else if ((statSync(file).mode & 0o077) !== 0) {
    warnings.push(
      `Tệp khóa nhật ký ${file} có thể bị người khác đọc: chmod 600. / the audit key file is readable by others.`,
    );
  }
  return { key: keyBytes(text, file), source, file, warnings };
}

function readKeyFile(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Created exclusively: two processes starting together both end up with the one that won. */
function createKeyFile(file: string): string {
  mkdirSync(path.dirname(file), { recursive: true });
  const text = randomBytes(32).toString('hex');
  let fd: number;
  try {
    fd = openSync(file, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readKeyFile(file) ?? text;
    throw error;
  }
  try {
    writeSync(fd, `${text}\n`);
  } finally {
    closeSync(fd);
  }
  return text;
}

function keyBytes(text: string, where: string): Buffer {
  if (text.length < MIN_KEY_LENGTH)
    throw new Error(
      `Khóa nhật ký (${where}) phải dài ít nhất ${MIN_KEY_LENGTH} ký tự. / the audit key must have at least ` +
        `${MIN_KEY_LENGTH} characters.`,
    );
  return Buffer.from(text, 'utf8');
}

let current: Buffer | undefined;

/** The server and `audit:verify` load the key at start and set it here for every append of the process. */
export function useAuditKey(key: Buffer): void {
  current = key;
}

/**
 * The process's key. An entry point that did not load one (`npm run seed:demo`, a benchmark, the
 * tests) takes it by the same rule as the server, from its environment: AUDIT_HMAC_KEY, else
 * DATA_DIR/audit-key (created when absent), so whatever writes the chain writes it with one key.
 */
export function currentAuditKey(): Buffer {
  if (!current) {
    const env = parseEnv();
    const loaded = loadAuditKey({
      envKey: env.AUDIT_HMAC_KEY,
      dataDir: env.DATA_DIR,
      databaseKind: env.DATABASE_URL ? 'postgres' : 'pglite',
      create: true,
    });
    for (const warning of loaded.warnings) console.warn(warning);
    current = loaded.key;
  }
  return current;
}
