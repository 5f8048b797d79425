import type { PGlite } from '@electric-sql/pglite';
import { eq } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import type { Sql } from 'postgres';
import { expect, test } from 'vitest';
import type { Db } from '#server/db/open-db.js';
import * as schema from '#server/db/schema/index.js';
import { users } from '#server/db/schema/index.js';
import { loadActor } from '#server/modules/auth/sessions.js';
import { loadWorkingCalendar, todayInVietnam } from '#server/modules/calendar/load-calendar.js';
import { listInbox } from '#server/modules/dossiers/inbox.js';
import { findVisibleDossier, listVisibleDossiers, loadDossierRecords } from '#server/modules/dossiers/queries.js';
import { loadRegimes } from '#server/modules/regimes/load-regimes.js';
import { makeDossier, returnRecords } from '../../factories/dossiers.js';
import { DINH_BINH, type Demo } from '../../support/demo.js';
import type { TestApp } from '../../support/test-app.js';
import { useDemoApp } from '../../support/demo-app.js';

// A dossier's content is the proposal's every field: kilobytes a row in real use. The list and the inbox show
// summaries, which never carry it, so their statements do not read it (summaryColumns, queries.ts); the dossier's
// page, its documents and the exports do (their tests render forms from it).
let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

/** The same database through a second drizzle instance that records every statement it sends. */
function recordingDb(statements: string[]): Db {
  const logger = { logQuery: (query: string) => void statements.push(query) };
  const client = (app.db as unknown as { $client: PGlite | Sql }).$client;
  return app.kind === 'pglite'
    ? drizzlePglite({ client: client as PGlite, schema, logger })
    : drizzlePostgres({ client: client as Sql, schema, logger });
}

async function actorOf(username: string) {
  const [user] = await app.db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return (await loadActor(app.db, user!.id))!;
}

test("the list and the inbox read their rows without the dossiers' content", async () => {
  const statements: string[] = [];
  const db = recordingDb(statements);
  const admin = await actorOf('admin');
  const page = await listVisibleDossiers(db, admin, { limit: 50, offset: 0 });
  expect(page.items.length).toBeGreaterThan(0);
  expect(page.items.every(({ dossier }) => !('content' in dossier))).toBe(true);

  const [regimes, calendar] = await Promise.all([loadRegimes(app.db), loadWorkingCalendar(app.db)]);
  const inbox = await listInbox(db, await actorOf('sotttt.thamdinh'), regimes, calendar, todayInVietnam(), {
    limit: 50,
    offset: 0,
  });
  expect(inbox.items.length).toBeGreaterThan(0);

  const dossierStatements = statements.filter((query) => query.includes('from "dossiers"'));
  expect(dossierStatements.length).toBeGreaterThanOrEqual(2);
  for (const query of dossierStatements) expect(query).not.toContain('"dossiers"."content"');
});

test("list rows read a dossier's review without its returns, and decide on it as its page does", async () => {
  const officer = await demo.userId('dinhbinh.cntt');
  const appraiser = await demo.userId('sotttt.thamdinh');
  const returns = returnRecords(3, appraiser, 'Thẩm định viên');
  const dossier = await makeDossier(app.db, {
    operatorOrganisationId: demo.org(DINH_BINH).id,
    systems: [{ systemId: demo.systemOf(DINH_BINH).id }],
    status: 'submitted',
    submittedBy: officer,
    review: { submitters: [officer], returns },
  });
  const statements: string[] = [];
  const db = recordingDb(statements);
  const admin = await actorOf('admin');
  const regimes = await loadRegimes(app.db);

  const page = await listVisibleDossiers(db, admin, { limit: 50, offset: 0 });
  const row = page.items.find((item) => item.dossier.id === dossier.id);
  expect(row).toBeDefined();
  expect(row!.dossier.review).toEqual({ submitters: [officer] });
  expect(statements.find((query) => query.includes('from "dossiers"'))).toContain(`"dossiers"."review" - 'returns'`);

  // The dossier's page reads the whole review; the facts each decides on are the same.
  const full = await findVisibleDossier(app.db, admin, dossier.id, regimes);
  expect(full!.dossier.review.returns).toHaveLength(3);
  const [listed] = await loadDossierRecords(app.db, [row!], regimes, { readBeside: page.readBeside });
  expect(listed!.facts).toEqual(full!.facts);
});
