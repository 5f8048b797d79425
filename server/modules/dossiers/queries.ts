import { and, asc, desc, eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import { alias, type SelectedFields } from 'drizzle-orm/pg-core';
import type { DossierCompleteness } from '#shared/dossiers/dossier-completeness.schemas.js';
import type { DossierStatus } from '#shared/dossiers/dossier-workflow.js';
import type { RegimeId } from '#shared/regimes/regime.schemas.js';
import { z } from 'zod';
import { anyOf } from '../../db/any-of.js';
import { matchesSearch, searchOrder } from '../../db/full-text-search.js';
import {
  cappedCount,
  cappedCountColumn,
  cappedTotal,
  decodeCursor,
  encodeCursor,
  instantKeySchema,
  LIST_COUNT_LIMIT,
  pageWithNext,
  uuidKeySchema,
} from '../../db/keyset.js';
import type { Db, Tx } from '../../db/open-db.js';
import { statementPerDb } from '../../db/statement-per-db.js';
import {
  dossierAttachments,
  dossierPreparers,
  dossiers,
  dossierSystems,
  informationSystems,
  organisations,
} from '../../db/schema/index.js';
import type { Actor } from '../../policies/actor.js';
import type { DossierFacts } from '../../policies/dossier.policy.js';
import { inScope, inScopePlaceholders, scopeValues } from '../../policies/organisation-scope.js';
import type { Permission } from '../../policies/permissions.js';
import { designatedUnitOf, designationsInForceToday } from '../designations/in-force-today.js';
import { pathIds } from '../organisations/queries.js';
import type { Regimes } from '../regimes/load-regimes.js';
import { completenessOf } from './completeness.js';
import { readReview } from './read-review.js';

export const operator = alias(organisations, 'operator');

/**
 * A dossier's columns as the code reads them. The search columns stay in the database, where only the search
 * conditions use them: the words' vector alone is about 450 bytes a row, sent as text and parsed for every row of
 * a list page, never read. So do the stored next actor's (next-actor.ts), which only the inbox's conditions read.
 */
const {
  searchVector: _searchVector,
  searchSource: _searchSource,
  nextActorPermission: _nextActorPermission,
  nextActorOrganisationId: _nextActorOrganisationId,
  nextActorPath: _nextActorPath,
  nextActorUntil: _nextActorUntil,
  ...dossierColumns
} = getTableColumns(dossiers);
export { dossierColumns };
export type DossierRow = Omit<
  typeof dossiers.$inferSelect,
  | 'searchVector'
  | 'searchSource'
  | 'nextActorPermission'
  | 'nextActorOrganisationId'
  | 'nextActorPath'
  | 'nextActorUntil'
>;
/**
 * The columns a list row needs: all but the content, which only the dossier's page, its documents and its saves read
 * (kilobytes a row in real use: a proposal's every field), and the review without its returns. The returns are the
 * history of requests for revision, a record more every round, which only the dossier's page shows; a list row's
 * facts read the submitters and the professional opinion (assembleRecord). A dossier sent back 200 times carried
 * 42 KB of them into every list page and inbox that showed it.
 */
const { content: _content, review: _review, ...otherSummaryColumns } = dossierColumns;
/** The review without its history of returns, which only the dossier's page shows (and a return appends to). */
export const reviewWithoutReturns = sql<unknown>`${dossiers.review} - 'returns'`.mapWith(dossiers.review).as('review');
const summaryColumns = { ...otherSummaryColumns, review: reviewWithoutReturns };
export type DossierSummaryRow = Omit<DossierRow, 'content'>;
export interface OrganisationPathRef {
  id: string;
  name: string;
  shortName: string;
  path: string;
}
export interface DossierSystemRecord {
  systemId: string;
  name: string;
  proposedLevel: number | null;
  assessment: unknown;
  /** The system's operator today (a system can move; the dossier keeps its own operator). */
  operatorOrganisationId: string;
  owner: OrganisationPathRef;
}
/** A dossier with what presenting it and deciding on it need. */
export interface DossierRecord<Row extends DossierSummaryRow = DossierRow> {
  dossier: Row;
  operator: OrganisationPathRef;
  systems: DossierSystemRecord[];
  facts: DossierFacts;
  /** The designated security unit whose subtree holds the operator (the most specific one). */
  designatedUnit: OrganisationPathRef | null;
  /** The systems' owner (their nearest common organisation when they differ). */
  owner: OrganisationPathRef | null;
}

const operatorColumns = { id: operator.id, name: operator.name, shortName: operator.shortName, path: operator.path };
const selection = { dossier: dossierColumns, operator: operatorColumns };
const summarySelection = { dossier: summaryColumns, operator: operatorColumns };

/** Dossiers joined with their operating unit: visibility always follows the operator's path. */
export const selectDossiers = (db: Db | Tx) => selectDossiersWith(db, {});

/** selectDossiers with more columns beside the dossier and its operator. */
export const selectDossiersWith = <Extra extends SelectedFields>(db: Db | Tx, extra: Extra) =>
  fromDossiers(db, { ...selection, ...extra });

/** selectDossiersWith for list rows: the dossier without its content (summaryColumns). */
export const selectDossierSummariesWith = <Extra extends SelectedFields>(db: Db | Tx, extra: Extra) =>
  fromDossiers(db, { ...summarySelection, ...extra });

const fromDossiers = <Fields extends SelectedFields>(db: Db | Tx, fields: Fields) =>
  db.select(fields).from(dossiers).innerJoin(operator, eq(operator.id, dossiers.operatorOrganisationId));
type BaseRow<Row extends DossierSummaryRow = DossierRow> = { dossier: Row; operator: OrganisationPathRef };

/** One dossier row in scope for `permission` (default: reading), or undefined: outside scope it does not exist. */
export async function findVisibleDossierRow(db: Db, actor: Actor, id: string, permission: Permission = 'dossier.read') {
  const [row] = await selectDossiers(db).where(and(eq(dossiers.id, id), inScope(operator.path, actor, permission)));
  return row;
}

/** The rows of these dossiers in scope for reading, in the order of `ids` (one statement); undefined if not seen. */
export async function findVisibleDossierRows(db: Db, actor: Actor, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const rows = await selectDossiers(db).where(
    and(anyOf(dossiers.id, ids), inScope(operator.path, actor, 'dossier.read')),
  );
  const byId = new Map(rows.map((row) => [row.dossier.id, row]));
  return ids.map((id) => byId.get(id));
}

/** A dossier's systems as one JSON column: [system id, proposed level, assessment, name, operator, owner...]. */
type SystemTuple = [string, number | null, unknown, string, string, string, string, string, string];

/**
 * The row's preparers (dossier_preparers, see preparers.ts) and systems (in the order loadDossierRecords reads
 * them) as columns of the statement that reads the row: a list page is then one statement, not three, and
 * postgres parses the systems as JSON instead of drizzle mapping a hundred rows field by field.
 */
const dossierId = sql`${dossiers}.${sql.identifier(dossiers.id.name)}`; // qualified, whether the select joins or not
export const relatedColumns = {
  preparers: sql<string>`(select coalesce(string_agg(p.user_id::text, ',' order by p.user_id), '')
    from ${dossierPreparers} p where p.dossier_id = ${dossierId})`,
  systems: sql<SystemTuple[]>`(select coalesce(json_agg(json_build_array(ds.system_id, ds.proposed_level,
      ds.assessment, s.name, s.operator_organisation_id, o.id, o.name, o.short_name, o.path)
      order by s.name_order collate "C", ds.system_id), '[]'::json) -- the Vietnamese order (vietnamese-order.ts)
    from ${dossierSystems} ds
    join ${informationSystems} s on s.id = ds.system_id
    join ${organisations} o on o.id = s.owner_organisation_id
    where ds.dossier_id = ${dossierId})`,
};
type RelatedColumns = { [Key in keyof typeof relatedColumns]: (typeof relatedColumns)[Key]['_']['type'] };

/** What relatedColumns carried, by dossier id, for loadDossierRecords. */
export function relatedOf(rows: Array<{ dossier: { id: string } } & RelatedColumns>): Map<string, ReadBeside> {
  return new Map(
    rows.map((row) => [
      row.dossier.id,
      {
        preparers: row.preparers ? row.preparers.split(',') : [],
        systems: row.systems.map(
          ([systemId, proposedLevel, assessment, name, operatorOrganisationId, id, ownerName, shortName, path]) => ({
            systemId,
            proposedLevel,
            assessment,
            name,
            operatorOrganisationId,
            owner: { id, name: ownerName, shortName, path },
          }),
        ),
      },
    ]),
  );
}
interface ReadBeside {
  preparers: readonly string[];
  systems: DossierSystemRecord[];
}

/** One dossier as its page and its transitions need it: with what it still lacks before submission. */
export interface FullDossierRecord extends DossierRecord {
  completeness: DossierCompleteness;
  attachmentCount: number;
}

/**
 * The row, its attachment count, its systems and its preparers in one statement: a page, a document, a save and a
 * transition read it, a transition without the review's returns. Built once for each number of subtree roots an
 * actor has, with or without the returns (statementPerDb).
 */
const visibleDossierStatement = (withoutReturns: boolean) =>
  statementPerDb((db: Db, scopeCount: number) =>
    selectDossiersWith(db, {
      ...(withoutReturns ? { dossier: { ...dossierColumns, review: reviewWithoutReturns } } : {}),
      attachmentCount: sql<number>`(select count(*) from ${dossierAttachments} a
        where a.dossier_id = ${dossiers.id})`.mapWith(Number),
      ...relatedColumns,
    })
      .where(and(eq(dossiers.id, sql.placeholder('id')), inScopePlaceholders(operator.path, scopeCount)))
      .prepare(`visible_dossier_${scopeCount}${withoutReturns ? '_without_returns' : ''}`),
  );
const visibleDossierStatements = {
  whole: visibleDossierStatement(false),
  withoutReturns: visibleDossierStatement(true),
};

/**
 * The dossier as its page shows it, or undefined outside the actor's scope. `withoutReturns`: its review without
 * the history of returns, which a transition appends to in the database instead of reading (transition-dossier.ts).
 */
export async function findVisibleDossier(
  db: Db,
  actor: Actor,
  id: string,
  regimes: Regimes,
  { withoutReturns = false }: { withoutReturns?: boolean } = {},
): Promise<FullDossierRecord | undefined> {
  const scope = scopeValues(actor, 'dossier.read');
  const statement = visibleDossierStatements[withoutReturns ? 'withoutReturns' : 'whole'];
  const [row] = await statement(db, scope.count).execute({ id, ...scope.values });
  if (!row) return undefined;
  const [record] = await loadDossierRecords(db, [row], regimes, {
    readBeside: relatedOf([row]),
    referenceVersion: actor.referenceVersion,
  });
  return withCompleteness(record!, regimes, row.attachmentCount);
}

const withCompleteness = (record: DossierRecord, regimes: Regimes, attachmentCount: number): FullDossierRecord => ({
  ...record,
  completeness: completenessOf(record, regimes[record.dossier.regime], attachmentCount),
  attachmentCount,
});

/**
 * The dossier after a save that kept its regime and its systems (a title, the content, the confirmation of
 * the answers), without reading it again: the stored row the save returned, with what the save cannot have
 * changed, and the saver now among its preparers (the save's audit event makes them one, see preparers.ts).
 * tests/server/dossiers/save-response.test.ts checks it equals what a fresh read gives.
 */
export function recordAfterSave(current: FullDossierRecord, saved: DossierRow, saverId: string, regimes: Regimes) {
  const preparers = current.facts.preparers.includes(saverId)
    ? current.facts.preparers
    : [...current.facts.preparers, saverId];
  const record = assembleRecord({ dossier: saved, operator: current.operator }, { ...current, preparers }, regimes);
  return withCompleteness(record, regimes, current.attachmentCount);
}

/** The id path both paths share: "a/b/c/" and "a/b/d/" -> "a/b/". */
function commonPath(paths: string[]): string {
  if (paths.length === 0) return '';
  const lists = paths.map(pathIds);
  const shared: string[] = [];
  for (let i = 0; lists.every((ids) => ids[i] !== undefined && ids[i] === lists[0]![i]); i++)
    shared.push(lists[0]![i]!);
  return shared.map((id) => `${id}/`).join('');
}

/**
 * Systems, owners, preparers and the approving organisation of these dossiers, in a few small queries
 * whatever the number of rows: the routing of the dossier's regime at its proposed level names
 * either the designated unit whose subtree holds the operator (the most specific designation
 * wins), or the systems' owner (their nearest common organisation when they differ). Each
 * dossier's `review` is parsed here (readReview), so every record handed on holds a checked one.
 */
export async function loadDossierRecords<Row extends DossierSummaryRow = DossierRow>(
  db: Db,
  rows: BaseRow<Row>[],
  regimes: Regimes,
  {
    readBeside,
    referenceVersion,
  }: {
    /** The rows' preparers and systems when the statement that read the rows carried them (relatedColumns). */
    readBeside?: Map<string, ReadBeside>;
    /** The request's reference version (Actor.referenceVersion): the designations come from memory then. */
    referenceVersion?: number | undefined;
  } = {},
): Promise<DossierRecord<Row>[]> {
  if (rows.length === 0) return [];
  const [related, inForce] = await Promise.all([
    readBeside ?? readRelated(db, rows),
    designationsInForceToday(db, referenceVersion),
  ]);

  // Owners that differ meet at a common ancestor, which may not be among the rows loaded yet.
  const ownerPathOf = new Map<string, string>();
  const known = new Map<string, OrganisationPathRef>();
  for (const [id, { systems }] of related) {
    ownerPathOf.set(id, commonPath(systems.map((s) => s.owner.path)));
    for (const system of systems) known.set(system.owner.path, system.owner);
  }
  const missing = [
    ...new Set(
      [...ownerPathOf.values()].filter((path) => path && !known.has(path)).map((path) => pathIds(path).at(-1)!),
    ),
  ];
  if (missing.length) {
    const extra = await db
      .select({
        id: organisations.id,
        name: organisations.name,
        shortName: organisations.shortName,
        path: organisations.path,
      })
      .from(organisations)
      .where(anyOf(organisations.id, missing));
    for (const org of extra) known.set(org.path, org);
  }

  return rows.map((row) => {
    const designatedUnit = designatedUnitOf(inForce, row.operator.path);
    const { systems = [], preparers = [] } = related.get(row.dossier.id) ?? {};
    return assembleRecord(
      row,
      { systems, designatedUnit, owner: known.get(ownerPathOf.get(row.dossier.id) ?? '') ?? null, preparers },
      regimes,
    );
  });
}

/** The rows' systems and preparers, for callers whose statement did not carry them: one statement by their ids. */
async function readRelated(db: Db | Tx, rows: BaseRow<DossierSummaryRow>[]): Promise<Map<string, ReadBeside>> {
  const ids = rows.map((row) => row.dossier.id);
  return relatedOf(
    await db
      .select({ dossier: { id: dossiers.id }, ...relatedColumns })
      .from(dossiers)
      .where(anyOf(dossiers.id, ids)),
  );
}

interface RelatedToDossier {
  systems: DossierSystemRecord[];
  designatedUnit: OrganisationPathRef | null;
  owner: OrganisationPathRef | null;
  preparers: readonly string[];
}

/** A dossier's record from its row and what was read beside it; its review is parsed here (readReview). */
function assembleRecord<Row extends DossierSummaryRow>(
  { dossier: row, operator: operatorRef }: BaseRow<Row>,
  { systems, designatedUnit, owner, preparers }: RelatedToDossier,
  regimes: Regimes,
): DossierRecord<Row> {
  const dossier = { ...row, review: readReview(row) };
  const level = dossier.proposedLevel;
  let approvingOrganisation: OrganisationPathRef | null = null;
  if (level !== null) {
    const routing = regimes[dossier.regime]?.routing[level as 1 | 2 | 3 | 4 | 5];
    if (routing?.approvedBy === 'designatedUnit') approvingOrganisation = designatedUnit;
    else if (routing?.approvedBy === 'owner') approvingOrganisation = owner;
  }
  const { review } = dossier;
  return {
    dossier,
    operator: operatorRef,
    systems,
    designatedUnit,
    owner,
    facts: {
      status: dossier.status,
      proposedLevel: level,
      operatorPath: operatorRef.path,
      preparedBy: dossier.preparedBy,
      submittedBy: dossier.submittedBy,
      submitters: review.submitters ?? [],
      preparers,
      appraisedBy: dossier.appraisedBy,
      approvingOrganisation,
      hasProfessionalOpinion: Boolean(review.professionalOpinion),
    },
  };
}

interface DossierListFilters {
  q?: string | undefined;
  organisationId?: string | undefined;
  systemId?: string | undefined;
  status?: DossierStatus | undefined;
  regime?: RegimeId | undefined;
  limit: number;
  offset: number;
  cursor?: string | undefined;
}

/** Where a dossier stands in the list's order (updated_at desc, id): the instant to the microsecond, and the id. */
const dossierKeySchema = z.tuple([instantKeySchema, uuidKeySchema]);
const updatedAtKey = sql<string>`to_char(${dossiers.updatedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * A page of the dossiers in scope, newest change first, read through dossiers_list_order_idx (updated_at desc, id):
 * the next page starts after the last row's key (docs/lists.md), and the total is counted up to countLimit.
 */
export async function listVisibleDossiers(
  db: Db,
  actor: Actor,
  query: DossierListFilters,
  { countLimit = LIST_COUNT_LIMIT }: { countLimit?: number } = {},
) {
  const conditions: SQL[] = [inScope(operator.path, actor, 'dossier.read')];
  // Every word in the title, the operating unit's name or a system's name (server/db/full-text-search.ts).
  if (query.q) conditions.push(matchesSearch(dossiers.searchVector, query.q));
  if (query.organisationId) {
    conditions.push(
      sql`${operator.path} like (select o.path || '%' from ${organisations} o where o.id = ${query.organisationId})`,
    );
  }
  if (query.systemId) {
    conditions.push(
      sql`exists (select 1 from ${dossierSystems} ds
                  where ds.dossier_id = ${dossiers.id} and ds.system_id = ${query.systemId})`,
    );
  }
  if (query.status) conditions.push(eq(dossiers.status, query.status));
  if (query.regime) conditions.push(eq(dossiers.regime, query.regime));
  const where = and(...conditions);

  const searching = Boolean(query.q);
  const position = query.cursor
    ? decodeCursor(query.cursor, 'dossiers', dossierKeySchema, { searching })
    : { offset: query.offset };
  const pageWhere =
    'key' in position
      ? and(
          where,
          // Mixed directions (desc, then asc) are no row comparison: the first term bounds the index scan.
          sql`${dossiers.updatedAt} <= ${position.key[0]}::timestamptz`,
          sql`(${dossiers.updatedAt} < ${position.key[0]}::timestamptz or ${dossiers.id} > ${position.key[1]}::uuid)`,
        )
      : where;
  const offset = 'offset' in position ? position.offset : 0;
  const scopedRows = db
    .select({ one: sql`1` })
    .from(dossiers)
    .innerJoin(operator, eq(operator.id, dossiers.operatorOrganisationId))
    .where(where);
  // One statement: the page, each row's preparers and the capped total of the scope.
  const rows = await db
    .select({
      ...summarySelection,
      key: updatedAtKey,
      ...relatedColumns,
      counted: cappedCountColumn(db, scopedRows, countLimit),
    })
    .from(dossiers)
    .innerJoin(operator, eq(operator.id, dossiers.operatorOrganisationId))
    .where(pageWhere)
    .orderBy(...searchOrder(dossiers.searchVector, query.q), desc(dossiers.updatedAt), asc(dossiers.id))
    .limit(query.limit + 1)
    .offset(offset);
  // A page past the end has no row to carry the total: counted apart then (the first page's total is its rows').
  const firstPage = !query.cursor && offset === 0;
  const total =
    rows.length > 0 || firstPage
      ? cappedTotal(rows[0]?.counted ?? 0, countLimit)
      : await cappedCount(db, scopedRows, countLimit);
  const page = pageWithNext(rows, query.limit, (last) =>
    encodeCursor('dossiers', searching ? { offset: offset + query.limit } : { key: [last.key, last.dossier.id] }),
  );
  return {
    items: page.items.map(({ dossier, operator }) => ({ dossier, operator })),
    readBeside: relatedOf(page.items),
    nextCursor: page.nextCursor,
    ...total,
  };
}
