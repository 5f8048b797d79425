import { and, asc, count, desc, eq, max, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DocumentRegister, DocumentRegisterListQuery } from '#shared/documents/document-registers.schemas.js';
import type { Db } from '../../db/open-db.js';
import { documentRegisters, issuedDocuments, organisations } from '../../db/schema/index.js';
import { notFound } from '../../http/http-error.js';
import type { Actor } from '../../policies/actor.js';
import { inScope } from '../../policies/organisation-scope.js';
import { findVisibleOrganisation } from '../organisations/queries.js';

/**
 * The registers that exist: those the counter has numbered from, and those holding only numbers their
 * issuer typed (recordTypedNumber records them without moving the counter).
 */
const registerKeys = (db: Db) =>
  db
    .select({
      organisationId: documentRegisters.organisationId,
      year: documentRegisters.year,
      typeCode: documentRegisters.typeCode,
    })
    .from(documentRegisters)
    .union(
      db
        .select({
          organisationId: issuedDocuments.organisationId,
          year: issuedDocuments.year,
          typeCode: issuedDocuments.typeCode,
        })
        .from(issuedDocuments),
    )
    .as('register_keys');

/** How many numbers each register holds, and its highest. */
const registerStats = (db: Db) =>
  db
    .select({
      organisationId: issuedDocuments.organisationId,
      year: issuedDocuments.year,
      typeCode: issuedDocuments.typeCode,
      issuedCount: count().as('issued_count'),
      highest: max(issuedDocuments.number).as('highest'),
    })
    .from(issuedDocuments)
    .groupBy(issuedDocuments.organisationId, issuedDocuments.year, issuedDocuments.typeCode)
    .as('register_stats');

const lastIssued = alias(issuedDocuments, 'last_issued');

/**
 * The registers of the organisations the actor may read (the permission that shows their document settings),
 * in the subtree of `organisationId` when given (404 when it is not one they can see), newest year first.
 */
export async function listVisibleDocumentRegisters(
  db: Db,
  actor: Actor,
  query: DocumentRegisterListQuery,
): Promise<{ items: DocumentRegister[]; total: number }> {
  const conditions: SQL[] = [inScope(organisations.path, actor, 'organisation.read')];
  if (query.organisationId) {
    const root = await findVisibleOrganisation(db, actor, query.organisationId);
    if (!root) throw notFound();
    conditions.push(sql`${organisations.path} like ${root.path + '%'}`);
  }
  const keys = registerKeys(db);
  if (query.year !== undefined) conditions.push(eq(keys.year, query.year));
  const where = and(...conditions);
  const stats = registerStats(db);
  /** The row of `table` for the same organisation, year and type code as the register. */
  const sameRegister = (table: Record<'organisationId' | 'year' | 'typeCode', AnyColumn>) =>
    and(eq(table.organisationId, keys.organisationId), eq(table.year, keys.year), eq(table.typeCode, keys.typeCode));

  const [rows, [totalRow]] = await Promise.all([
    db
      .select({
        organisation: { id: organisations.id, name: organisations.name, shortName: organisations.shortName },
        year: keys.year,
        typeCode: keys.typeCode,
        lastNumber: documentRegisters.lastNumber,
        issuedCount: stats.issuedCount,
        lastSymbol: lastIssued.symbol,
        lastIssuedOn: lastIssued.issuedOn,
      })
      .from(keys)
      .innerJoin(organisations, eq(organisations.id, keys.organisationId))
      .leftJoin(documentRegisters, sameRegister(documentRegisters))
      .leftJoin(stats, sameRegister(stats))
      .leftJoin(lastIssued, and(sameRegister(lastIssued), eq(lastIssued.number, stats.highest)))
      .where(where)
      .orderBy(
        desc(keys.year),
        asc(organisations.depth),
        asc(organisations.searchText),
        asc(organisations.id),
        asc(keys.typeCode),
      )
      .limit(query.limit)
      .offset(query.offset),
    db
      .select({ total: count() })
      .from(keys)
      .innerJoin(organisations, eq(organisations.id, keys.organisationId))
      .where(where),
  ]);
  return {
    items: rows.map((row) => ({
      organisation: row.organisation,
      year: row.year,
      typeCode: row.typeCode,
      lastNumber: row.lastNumber ?? 0,
      // Both drivers: a count may come back as a string from a subquery.
      issuedCount: Number(row.issuedCount ?? 0),
      lastIssued:
        row.lastSymbol !== null && row.lastIssuedOn !== null
          ? { symbol: row.lastSymbol, issuedOn: row.lastIssuedOn }
          : null,
    })),
    total: totalRow?.total ?? 0,
  };
}
