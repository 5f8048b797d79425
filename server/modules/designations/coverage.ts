import { and, asc, inArray, like } from 'drizzle-orm';
import { todayInVietnam } from '#shared/calendar/today-in-vietnam.js';
import {
  communeLevelKinds,
  type DesignationCoverage,
  type DesignationCoverageQuery,
} from '#shared/designations/designations.schemas.js';
import type { Db } from '../../db/open-db.js';
import { organisations } from '../../db/schema/index.js';
import { vietnameseOrder } from '../../db/vietnamese-order.js';
import { notFound } from '../../http/http-error.js';
import { topOrganisationId, type Actor } from '../../policies/actor.js';
import { findVisibleOrganisation } from '../organisations/queries.js';
import { designationsInForce } from './queries.js';

/**
 * For every commune-level unit under the root (a province by default, the caller's top unit), the
 * designations in force on the day whose subtree holds it: exactly one each is the rule; the units
 * with none (gaps) and with more (overlaps) are listed apart. A root outside the caller's scope is 404.
 */
export async function designationCoverage(
  db: Db,
  actor: Actor,
  query: DesignationCoverageQuery,
): Promise<DesignationCoverage> {
  const rootId = query.rootId ?? topOrganisationId(actor);
  const root = rootId ? await findVisibleOrganisation(db, actor, rootId) : undefined;
  if (!root) throw notFound();
  const asOf = query.asOf ?? todayInVietnam();
  const [units, inForce] = await Promise.all([
    db
      .select({
        id: organisations.id,
        name: organisations.name,
        shortName: organisations.shortName,
        kind: organisations.kind,
        path: organisations.path,
      })
      .from(organisations)
      .where(and(like(organisations.path, `${root.path}%`), inArray(organisations.kind, [...communeLevelKinds])))
      .orderBy(...vietnameseOrder(organisations.nameOrder), asc(organisations.id)),
    designationsInForce(db, asOf),
  ]);
  const covered = units.map(({ path, ...unit }) => ({
    ...unit,
    designationIds: inForce.filter((d) => path.startsWith(d.rootPath)).map((d) => d.id),
  }));
  const gaps = covered.filter((unit) => unit.designationIds.length === 0);
  const overlaps = covered.filter((unit) => unit.designationIds.length > 1);
  return {
    asOf,
    root: { id: root.id, name: root.name, shortName: root.shortName },
    complete: gaps.length === 0 && overlaps.length === 0,
    units: covered,
    gaps,
    overlaps,
  };
}
