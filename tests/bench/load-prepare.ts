import { sql } from 'drizzle-orm';
import type { Db } from '#server/db/open-db.js';
import { todayInVietnam } from '#server/modules/calendar/load-calendar.js';
import { refreshNextActors } from '#server/modules/dossiers/next-actor.js';
import { loadRegimes } from '#server/modules/regimes/load-regimes.js';
import { queryRows } from '#server/modules/reports/sql/rows.js';

/**
 * A country generated before the generator stored each dossier's next actor (generate-country.ts) has none: the
 * first inbox would compute all 50,000 in its request. They are computed here once instead, as the generator
 * now does, with the report triggers off for the same reason (nothing is cached yet that they would invalidate).
 */
export async function fillNextActors(db: Db, log: (line: string) => void): Promise<void> {
  const today = todayInVietnam();
  const [stale] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from dossiers where next_actor_until <= ${today}::date`,
  );
  if (!stale || stale.n === 0) return;
  const started = performance.now();
  const regimes = await loadRegimes(db);
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await refreshNextActors(tx, regimes, today, { staleOn: today });
  });
  log(`  ${((performance.now() - started) / 1000).toFixed(1)} s  stored the next actor of ${stale.n} dossiers`);
}
