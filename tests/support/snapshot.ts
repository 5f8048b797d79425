import { asc } from 'drizzle-orm';
import type { Db } from '#server/db/open-db.js';
import { designations, informationSystems, memberships, organisations, users } from '#server/db/schema/index.js';

/**
 * Every row of the tables a request could damage, in a stable order, as comparable JSON.
 * Sessions and login attempts are left out: logging in writes them by design.
 */
export async function snapshotTables(db: Db) {
  const [orgs, systems, userRows, membershipRows, designationRows] = await Promise.all([
    db.select().from(organisations).orderBy(asc(organisations.id)),
    db.select().from(informationSystems).orderBy(asc(informationSystems.id)),
    db.select().from(users).orderBy(asc(users.id)),
    db.select().from(memberships).orderBy(asc(memberships.id)),
    db.select().from(designations).orderBy(asc(designations.id)),
  ]);
  return JSON.parse(
    JSON.stringify({
      organisations: orgs,
      systems,
      users: userRows,
      memberships: membershipRows,
      designations: designationRows,
    }),
  ) as Record<string, unknown[]>;
}
