import type { Db, Tx } from '../../db/open-db.js';
import { readReference } from '../../db/reference-cache.js';
import { todayInVietnam } from '../calendar/load-calendar.js';
import { pathIds } from '../organisations/queries.js';
import { designationsInForceWithUnits } from './queries.js';

/** A designation in force today: the subtree it covers (by its root) and the designated unit. */
export type DesignationInForce = Awaited<ReturnType<typeof designationsInForceWithUnits>>[number];

/**
 * The designations in force today (calendar days in Vietnam), by the id of the subtree root they cover: a few
 * hundred rows for a whole country, read once per reference version (server/db/reference-cache.ts) by a request
 * that has one, and from the database otherwise.
 */
export function designationsInForceToday(db: Db | Tx, referenceVersion?: number) {
  const today = todayInVietnam();
  return readReference(db, referenceVersion, `designations ${today}`, async () => {
    const byRoot = new Map<string, DesignationInForce>();
    for (const row of await designationsInForceWithUnits(db, today)) byRoot.set(row.root.id, row);
    return byRoot;
  });
}

/** The designated unit whose subtree holds the organisation at `path`: the most specific designation wins. */
export function designatedUnitOf(inForce: ReadonlyMap<string, DesignationInForce>, path: string) {
  const ids = pathIds(path);
  for (let i = ids.length - 1; i >= 0; i--) {
    const found = inForce.get(ids[i]!);
    if (found) return found.unit;
  }
  return null;
}
