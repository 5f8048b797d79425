import { sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/open-db.js';
import { dossiers } from '../../db/schema/index.js';

/**
 * Recomputes dossiers.search_source (title, the operator's name and short name, the systems' names) for the dossiers
 * `which` selects, in one statement; the stored search vector follows it. A dossier's words live in three tables,
 * and "every word, in any order" needs them in one vector for the GIN index to answer (joining at query time could
 * not): so every writer of those words calls this in its transaction: creating and updating a dossier, renaming a
 * system or an organisation (the screens and the spreadsheet import), the demo seed, the test factory, the bench.
 */
export async function refreshDossierSearch(tx: Db | Tx, which: DossierSelection) {
  await tx.execute(sql`
    update dossiers d set search_source = concat_ws(' ', d.title, o.name, o.short_name, ${systemNamesOf(sql`d.id`)})
    from organisations o
    where o.id = d.operator_organisation_id and ${condition(which)}`);
}

const systemNamesOf = (dossierId: SQL) => sql`(select string_agg(s.name, ' ' order by s.name) from dossier_systems ds
  join information_systems s on s.id = ds.system_id where ds.dossier_id = ${dossierId})`;

/**
 * The same search source as a value for the UPDATE that saves a new title of one dossier (its systems
 * unchanged), so that the save needs no second statement and returns the row as stored.
 */
export const searchSourceWithTitle = (title: string) => sql<string>`concat_ws(' ', ${title}::text,
  (select o.name from organisations o where o.id = ${dossiers.operatorOrganisationId}),
  (select o.short_name from organisations o where o.id = ${dossiers.operatorOrganisationId}),
  ${systemNamesOf(sql`${dossiers.id}`)})`;

type DossierSelection =
  | { dossierId: string }
  /** The dossiers covering one of these systems. */
  | { systemIds: string[] }
  /** The dossiers these organisations operate. */
  | { operatorIds: string[] }
  | 'all';

function condition(which: DossierSelection): SQL {
  if (which === 'all') return sql`true`;
  if ('dossierId' in which) return sql`d.id = ${which.dossierId}`;
  if ('systemIds' in which) {
    if (which.systemIds.length === 0) return sql`false`;
    return sql`d.id in (select dossier_id from dossier_systems
                        where system_id in (${sql.join(
                          which.systemIds.map((id) => sql`${id}::uuid`),
                          sql`, `,
                        )}))`;
  }
  if (which.operatorIds.length === 0) return sql`false`;
  return sql`d.operator_organisation_id in (${sql.join(
    which.operatorIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  )})`;
}
