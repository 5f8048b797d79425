import { Router } from 'express';
import { sql } from 'drizzle-orm';
import { health } from '#shared/health/health.contract.js';
import type { Db, DatabaseKind } from '../../db/open-db.js';
import { mountPublic } from '../../http/mount-route.js';

export function healthRoutes(db: Db, database: DatabaseKind): Router {
  const router = Router();
  mountPublic(router, health, async () => {
    await db.execute(sql`select 1`);
    return { status: 'ok' as const, database };
  });
  return router;
}
