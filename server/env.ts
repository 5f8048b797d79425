import { z } from 'zod';
import { parseTrustProxy } from './http/trust-proxy-setting.js';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  /** A PostgreSQL server; when unset the embedded PGlite in DATA_DIR is used. */
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('./data'),
  /**
   * PostgreSQL: seconds to open a connection (past it the request answers 503 database_unavailable), and
   * for one statement (0: no limit; past it the statement is cancelled and the request answers 500).
   */
  DB_CONNECT_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(300).default(5),
  DB_STATEMENT_TIMEOUT_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
  /** PostgreSQL: connections this process keeps (unset: openDb's default, 4; see DEFAULT_POOL_SIZE there). */
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).optional(),
  /** Load the Yên Định demo into an empty database: default on for PGlite, off for PostgreSQL. */
  /** Serve (and build when stale) the web app; `npm run dev` turns it off and lets Vite serve it. */
  SERVE_WEB: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
  SEED_DEMO: z.enum(['auto', 'true', 'false']).default('auto'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(60),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).default(12),
  /**
   * The address people open capdo at (https://capdo.thanhhoa.gov.vn), for the one-time links an administrator
   * hands out; unset, a link takes the address the administrator's own request came to.
   */
  PUBLIC_URL: z.string().url().optional(),
  /** Set true behind HTTPS so the session cookie is marked Secure. */
  COOKIE_SECURE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  /**
   * Express "trust proxy", when a reverse proxy supplies X-Forwarded-For: "false", the number of proxies in
   * front (a hop count), or their addresses, CIDR ranges and loopback/linklocal/uniquelocal, comma-separated.
   * "true" is refused: it would let any client choose its own address (server/http/trust-proxy-setting.ts).
   */
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((raw, ctx) => {
      const parsed = parseTrustProxy(raw);
      if ('value' in parsed) return parsed.value;
      ctx.addIssue({ code: 'custom', message: parsed.error });
      return z.NEVER;
    }),
  LOGIN_MAX_FAILURES_PER_USER: z.coerce.number().int().min(1).default(5),
  LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).default(30),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  /**
   * The audit trail's HMAC key (at least 32 characters, e.g. `openssl rand -hex 32`). Unset: DATA_DIR/audit-key,
   * created on first use (mode 0600). Every server on one PostgreSQL must share it (server/modules/audit/audit-key.ts).
   */
  AUDIT_HMAC_KEY: z.string().min(32).optional(),
  /**
   * The SMTP server e-mail goes out through (smtp://user:password@host:587, or smtps:// for TLS from the start);
   * unset, capdo sends no e-mail and tells administrators so (docs/notifications.md).
   */
  SMTP_URL: z.string().url().optional(),
  /** The sender of capdo's e-mail. */
  MAIL_FROM: z.string().min(3).default('capdo <no-reply@localhost>'),
  /** Seconds between two looks of each background queue for work (docs/jobs.md). */
  JOBS_POLL_SECONDS: z.coerce.number().min(0.5).max(60).default(2),
  /**
   * Whether this process starts the scheduled jobs (reminders, digests, sweeps) when their time comes. Off only
   * where a run at the wrong moment would disturb (the test suite); the schedules themselves are still recorded.
   */
  JOBS_SCHEDULES: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
  /** Seconds between two upkeep runs of the job queues: a job whose process died is retried after its expiry. */
  JOBS_MAINTENANCE_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /** Seconds a batch export may run before it is taken as lost (its process died) and started again elsewhere. */
  EXPORT_JOB_TIMEOUT_SECONDS: z.coerce.number().int().min(2).max(86_400).default(900),
  /** Where each day's chain head is written outside the database; default DATA_DIR/audit-anchors. */
  AUDIT_ANCHOR_DIR: z.string().min(1).optional(),
});
export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Biến môi trường không hợp lệ / invalid environment:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
