import { and, eq, gte, isNull, lte, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../../db/open-db.js';
import { readReference } from '../../db/reference-cache.js';
import { designations, organisations } from '../../db/schema/index.js';
import { todayInVietnam } from '../calendar/load-calendar.js';
import { pathIds } from '../organisations/queries.js';

export interface UnitRef {
  id: string;
  name: string;
  shortName: string;
  path: string;
}
/** A designation in force today: the subtree it covers (by its root) and the designated unit. */
export interface DesignationInForce {
  root: { id: string; name: string; path: string };
  unit: UnitRef;
}

/**
 * The designations in force today (calendar days in Vietnam), by the id of the subtree root they cover: a few
 * hundred rows for a whole country, read once per reference version (server/db/reference-cache.ts) by a request
 * that has one, and from the database otherwise.
 */
export function designationsInForceToday(db: Db | Tx, referenceVersion?: number) {
  const today = todayInVietnam();
  return readReference(db, referenceVersion, `designations ${today}`, async () => {
    const root = alias(organisations, 'root');
    const designated = alias(organisations, 'designated');
    const rows = await db
      .select({
        root: { id: root.id, name: root.name, path: root.path },
        unit: { id: designated.id, name: designated.name, shortName: designated.shortName, path: designated.path },
      })
      .from(designations)
      .innerJoin(root, eq(root.id, designations.subtreeRootId))
      .innerJoin(designated, eq(designated.id, designations.designatedOrganisationId))
      .where(
        and(lte(designations.validFrom, today), or(isNull(designations.validTo), gte(designations.validTo, today))),
      );
    const byRoot = new Map<string, DesignationInForce>();
    for (const row of rows) byRoot.set(row.root.id, row);
    return byRoot;
  });
}

/** The designated unit whose subtree holds the organisation at `path`: the most specific designation wins. */
export function designatedUnitOf(inForce: ReadonlyMap<string, DesignationInForce>, path: string): UnitRef | null {
  const ids = pathIds(path);
  for (let i = ids.length - 1; i >= 0; i--) {
    const found = inForce.get(ids[i]!);
    if (found) return found.unit;
  }
  return null;
}
