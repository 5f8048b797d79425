import { and, eq } from 'drizzle-orm';
import type { OrganisationKind } from '#shared/organisations/organisations.schemas.js';
import type { Db } from '../../db/open-db.js';
import { organisations } from '../../db/schema/index.js';
import { notFound } from '../../http/http-error.js';
import { topOrganisationId, type Actor } from '../../policies/actor.js';
import { can, inScope } from '../../policies/organisation-scope.js';

/** The organisation a report covers, with its materialised path (the subtree is path LIKE 'path%'). */
export interface ReportRoot {
  id: string;
  name: string;
  shortName: string;
  kind: OrganisationKind;
  path: string;
}

/** The columns of a ReportRoot, for every query that picks one. */
export const reportRootColumns = {
  id: organisations.id,
  name: organisations.name,
  shortName: organisations.shortName,
  kind: organisations.kind,
  path: organisations.path,
};

/**
 * The subtree a report covers: the organisation asked for when the actor may read it and everything
 * in it (units, systems, dossiers), else 404 as for any record outside scope; by default the actor's
 * top membership (the one nearest the root of the tree). A grant covers a whole subtree, so a root
 * in scope means every row under it is too.
 */
export async function resolveReportRoot(db: Db, actor: Actor, organisationId: string | undefined): Promise<ReportRoot> {
  const id = organisationId ?? topOrganisationId(actor);
  if (!id) throw notFound();
  const [row] = await db
    .select(reportRootColumns)
    .from(organisations)
    .where(and(eq(organisations.id, id), inScope(organisations.path, actor, 'organisation.read')));
  if (!row || !can(actor, 'system.read', row.path) || !can(actor, 'dossier.read', row.path)) throw notFound();
  return { ...row, kind: row.kind };
}
