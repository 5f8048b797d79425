import { Router } from 'express';
import { sql } from 'drizzle-orm';
import { health } from '#shared/health/health.contract.js';
import type { Db, DatabaseKind } from '../../db/open-db.js';
import { HttpError } from '../../http/http-error.js';
import { mountPublic } from '../../http/mount-route.js';

/**
 * A load balancer or a monitor asks this every few seconds: it must answer within its own deadline
 * even when the database hangs (a network cut, not a refusal), so the check gives up after this long.
 */
const HEALTH_DATABASE_TIMEOUT_MS = 3_000;

/** Whether the database answers `select 1` in time; never throws. */
async function databaseAnswers(db: Db): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), HEALTH_DATABASE_TIMEOUT_MS);
  });
  try {
    const answered = db.execute(sql`select 1`).then(
      () => true,
      () => false,
    );
    return await Promise.race([answered, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * 200 with the driver in use and whether the demo data is on (the login page names the demo accounts only
 * then), or 503 database_unavailable (the error shape) while the database is away.
 */
export function healthRoutes(db: Db, database: DatabaseKind, demo: boolean): Router {
  const router = Router();
  mountPublic(router, health, async () => {
    if (!(await databaseAnswers(db))) throw new HttpError('database_unavailable');
    return { status: 'ok' as const, database, demo };
  });
  return router;
}
