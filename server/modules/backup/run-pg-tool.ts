import { spawn } from 'node:child_process';
import { BackupError } from './backup-error.js';

/**
 * The connection for libpq's tools, from DATABASE_URL: the URL without its password (command lines
 * are visible to every user of the machine in `ps`), the password in PGPASSWORD (seen only by the
 * child and root).
 */
function libpqConnection(databaseUrl: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  return { dbname: url.toString(), env: password ? { PGPASSWORD: password } : {} };
}

/**
 * Runs pg_dump, pg_restore or psql (on DATABASE_URL when given) and answers what it printed. A tool that
 * is missing, or exits with an error, becomes a BackupError quoting what the tool said.
 */
export function runPgTool(
  tool: 'pg_dump' | 'pg_restore' | 'psql',
  args: string[],
  { databaseUrl }: { databaseUrl?: string } = {},
): Promise<{ stdout: string }> {
  const connection = databaseUrl ? libpqConnection(databaseUrl) : undefined;
  return new Promise((resolve, reject) => {
    const child = spawn(tool, connection ? [...args, `--dbname=${connection.dbname}`] : args, {
      env: { ...process.env, ...connection?.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-8000)));
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new BackupError(
              `Không tìm thấy ${tool}: hãy cài công cụ dòng lệnh của PostgreSQL (gói postgresql-client), phiên bản ` +
                `chính không cũ hơn máy chủ. / ${tool} not found: install the PostgreSQL client tools.`,
            )
          : error,
      ),
    );
    child.on('close', (code, signal) => {
      if (code === 0) resolve({ stdout });
      else
        reject(
          new BackupError(
            `${tool} thất bại (${signal ?? `mã ${code}`}) / ${tool} failed:\n` +
              (stderr.trim() || '(không có thông báo / no message)'),
            1,
          ),
        );
    });
  });
}
