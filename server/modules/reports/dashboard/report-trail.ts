import { asc, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/open-db.js';
import { organisations } from '../../../db/schema/index.js';
import type { Actor } from '../../../policies/actor.js';
import { can } from '../../../policies/organisation-scope.js';
import type { ReportRoot } from '../report-root.js';

/** The same test resolveReportRoot() applies: the actor may read the unit, its systems and its dossiers. */
const mayReportOn = (actor: Actor, path: string) =>
  can(actor, 'organisation.read', path) && can(actor, 'system.read', path) && can(actor, 'dossier.read', path);

/**
 * The organisations above the root the actor may also report on, from the highest down to the
 * parent: the dashboard's breadcrumbs back up the tree. They come from the root's materialised
 * path; one a caller may not open is left out, so no name outside their scope is ever shown.
 */
export async function reportTrail(
  db: Db,
  actor: Actor,
  root: ReportRoot,
): Promise<Array<{ id: string; name: string }>> {
  const ancestorIds = root.path.split('/').filter((id) => id && id !== root.id);
  if (ancestorIds.length === 0) return [];
  const rows = await db
    .select({ id: organisations.id, name: organisations.name, path: organisations.path })
    .from(organisations)
    .where(inArray(organisations.id, ancestorIds))
    .orderBy(asc(organisations.depth));
  return rows.filter((row) => mayReportOn(actor, row.path)).map(({ id, name }) => ({ id, name }));
}
