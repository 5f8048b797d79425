import { readFileSync } from 'node:fs';
import path from 'node:path';
import { asc, eq, sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { migrationsFolder } from '#server/db/open-db.js';
import { dossiers, organisations } from '#server/db/schema/index.js';
import type { TestApp } from '../../support/test-app.js';
import { useDemoApp } from '../../support/demo-app.js';

let app: TestApp;
useDemoApp((opened) => (app = opened));

/** Each dossier's stored next actor with the path stored beside it and the organisation's path now. */
async function storedPaths() {
  return app.db
    .select({ id: dossiers.id, stored: dossiers.nextActorPath, actual: organisations.path })
    .from(dossiers)
    .leftJoin(organisations, eq(organisations.id, dossiers.nextActorOrganisationId))
    .orderBy(asc(dossiers.id));
}

/**
 * dossiers.next_actor_path (migration 0026) is what the inbox's scope reads: it must always be the path of
 * next_actor_organisation_id, whoever wrote that (triggers keep it; moving units is in move-organisation.test.ts).
 */
describe("a dossier's stored next actor's path", () => {
  test('is the next actor organisation path for every demo dossier, null where nobody acts', async () => {
    await app.as('admin').then((admin) => admin.get('/api/inbox')); // recomputes those the seed left stale
    const rows = await storedPaths();
    expect(rows.filter((row) => row.stored !== null).length).toBeGreaterThan(0);
    expect(rows.filter((row) => row.stored !== row.actual)).toEqual([]);
  });

  test("the migration's backfill writes it for dossiers stored before it", async () => {
    const kept = await storedPaths();
    await app.db.transaction(async (tx) => {
      await tx.execute(sql`alter table dossiers disable trigger dossiers_next_actor_path`);
      await tx.execute(sql`update dossiers set next_actor_path = null`);
      await tx.execute(sql`alter table dossiers enable trigger dossiers_next_actor_path`);
    });
    expect((await storedPaths()).every((row) => row.stored === null)).toBe(true);
    const migration = readFileSync(path.join(migrationsFolder, '0026_next_actor_path.sql'), 'utf8');
    const backfill = migration
      .split('--> statement-breakpoint')
      .map((statement) => statement.trim())
      .find((statement) => /^(--.*\n)*UPDATE "dossiers"/.test(statement));
    expect(backfill).toBeDefined();
    await app.db.execute(sql.raw(backfill!));
    expect(await storedPaths()).toEqual(kept);
  });

  test('a direct write of a wrong path is corrected from the organisation', async () => {
    const [row] = (await storedPaths()).filter((r) => r.stored !== null);
    await app.db.execute(sql`update dossiers set next_actor_path = 'elsewhere/' where id = ${row!.id}`);
    expect((await storedPaths()).find((r) => r.id === row!.id)?.stored).toBe(row!.actual);
  });
});
