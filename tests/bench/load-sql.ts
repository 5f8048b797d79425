import { eq } from 'drizzle-orm';
import { listDossiers, inbox } from '#shared/dossiers/dossiers.contract.js';
import type { Db } from '#server/db/open-db.js';
import { users } from '#server/db/schema/index.js';
import { loadActor } from '#server/modules/auth/sessions.js';
import { loadWorkingCalendar, todayInVietnam } from '#server/modules/calendar/load-calendar.js';
import { listInbox } from '#server/modules/dossiers/inbox.js';
import { listVisibleDossiers } from '#server/modules/dossiers/queries.js';
import { loadRegimes } from '#server/modules/regimes/load-regimes.js';
import { reportMoment } from '#server/modules/reports/report-moment.js';
import { resolveReportRoot } from '#server/modules/reports/report-root.js';
import { complianceRollupSql } from '#server/modules/reports/sql/compliance-rollup-sql.js';
import { queryReport } from '#server/modules/reports/sql/rows.js';
import type { Actor } from '#server/policies/actor.js';

/** What each list endpoint asks the database, run directly (no HTTP, no presenter), one at a time. */
export type BareQuery = () => Promise<unknown>;

async function actorOf(db: Db, username: string): Promise<Actor> {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  const actor = user && (await loadActor(db, user.id));
  if (!actor) throw new Error(`no account ${username}`);
  return actor;
}

/**
 * The statements behind the list endpoints, as their routes call them, for the same person and query string:
 * the dossier list's page and count (listVisibleDossiers, without loading each row's systems for the presenter),
 * the inbox's query (listInbox, which loads its page), and the roll-up's one statement (complianceRollupSql in
 * its transaction with JIT off, as buildComplianceReport runs it).
 */
export async function bareQueries(
  db: Db,
  accounts: { countryAdmin: string; provinceAppraiser: string },
  searchWords: string,
): Promise<Record<'list' | 'search' | 'inbox' | 'compliance', BareQuery>> {
  const admin = await actorOf(db, accounts.countryAdmin);
  const appraiser = await actorOf(db, accounts.provinceAppraiser);
  // Parsed by the contracts' own query schemas, so the defaults are the routes' (both contracts have a query).
  const listQuery = listDossiers.query!.parse({ limit: '50' });
  const searchQuery = listDossiers.query!.parse({ limit: '50', q: searchWords });
  const inboxQuery = inbox.query!.parse({});
  return {
    list: () => listVisibleDossiers(db, admin, listQuery),
    search: () => listVisibleDossiers(db, admin, searchQuery),
    inbox: async () => {
      const [regimes, calendar] = await Promise.all([loadRegimes(db), loadWorkingCalendar(db)]);
      return listInbox(db, appraiser, regimes, calendar, todayInVietnam(), inboxQuery);
    },
    compliance: async () => {
      const today = todayInVietnam();
      const [root, regimes] = await Promise.all([resolveReportRoot(db, admin, undefined), loadRegimes(db)]);
      return queryReport(
        db,
        complianceRollupSql({ rootId: root.id, rootPath: root.path, moment: reportMoment(today, today), regimes }),
      );
    },
  };
}

/** The median of `runs` runs after two to warm up, in ms. */
export async function medianMs(query: BareQuery, runs: number): Promise<number> {
  for (let i = 0; i < 2; i++) await query();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await query();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}
