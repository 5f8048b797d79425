import { eq, sql } from 'drizzle-orm';
import { documentSymbol } from '#templates/official-parts.js';
import type { Tx } from '../../db/open-db.js';
import { fieldError } from '../../http/http-error.js';
import { documentRegisters, documentSettings, issuedDocuments } from '../../db/schema/index.js';

export interface IssueRequest {
  organisationId: string;
  /** The issuer's short name, written in the symbol (a letter's adds the drafting unit of its settings). */
  issuerCode: string;
  typeCode: string;
  /** The issue date (YYYY-MM-DD, Vietnam); its year picks the register. */
  issuedOn: string;
  dossierId: string | null;
  form: string;
  issuedBy: string | null;
}

/** The issuer's drafting unit as its settings give it; '' when it has none or no settings. */
async function draftingUnitOf(tx: Tx, organisationId: string): Promise<string> {
  const [row] = await tx
    .select({ draftingUnit: documentSettings.draftingUnit })
    .from(documentSettings)
    .where(eq(documentSettings.organisationId, organisationId));
  return row?.draftingUnit ?? '';
}

export interface IssuedNumber {
  number: number;
  symbol: string;
  issuedOn: string;
}

/**
 * Takes the next number of the issuer's register for that year and type, atomically: the upsert
 * increments the row under its lock, so concurrent issuers queue on it and each gets its own
 * number; a new year starts a new row at 1 (Decree 30: numbering restarts each 1 January).
 * A number already taken by a typed one (recordTypedNumber) is skipped: the register moves on.
 */
export async function issueDocumentNumber(tx: Tx, request: IssueRequest): Promise<IssuedNumber> {
  const year = Number(request.issuedOn.slice(0, 4));
  // A plain letter's symbol carries the drafting unit ("12/STTTT-PCNTT"); documentSymbol writes it as drafts do.
  const draftingUnit = request.typeCode === '' ? await draftingUnitOf(tx, request.organisationId) : '';
  for (;;) {
    const [row] = await tx
      .insert(documentRegisters)
      .values({ organisationId: request.organisationId, year, typeCode: request.typeCode, lastNumber: 1 })
      .onConflictDoUpdate({
        target: [documentRegisters.organisationId, documentRegisters.year, documentRegisters.typeCode],
        set: { lastNumber: sql`${documentRegisters.lastNumber} + 1` },
      })
      .returning({ number: documentRegisters.lastNumber });
    const number = row!.number;
    const symbol = documentSymbol(
      { number, typeCode: request.typeCode, issuerCode: request.issuerCode, date: request.issuedOn },
      draftingUnit,
    );
    if (await recorded(tx, request, { year, number, symbol })) return { number, symbol, issuedOn: request.issuedOn };
  }
}

/**
 * Records a number the issuer gave itself (typed at approval) in the same table, so the unique key
 * holds it to the register's promise: 400 naming documentNumber when it is already taken for that
 * issuer, year and type. The register's counter is left alone; it skips the number when it gets there.
 * A text without a sequence number has no place in the register and is not recorded.
 */
export async function recordTypedNumber(
  tx: Tx,
  request: IssueRequest & { number: number | null; symbol: string },
): Promise<void> {
  const year = Number(request.issuedOn.slice(0, 4));
  const { number, symbol } = request;
  if (number !== null && !(await recorded(tx, request, { year, number, symbol })))
    throw fieldError('documentNumber', 'validation.documentNumberTaken', { number: symbol, year });
}

/** Writes the number down unless the issuer already has it that year for that type; false if it had. */
async function recorded(
  tx: Tx,
  request: IssueRequest,
  taken: { year: number; number: number; symbol: string },
): Promise<boolean> {
  const rows = await tx
    .insert(issuedDocuments)
    .values({
      organisationId: request.organisationId,
      typeCode: request.typeCode,
      ...taken,
      issuedOn: request.issuedOn,
      dossierId: request.dossierId,
      form: request.form,
      issuedBy: request.issuedBy,
    })
    .onConflictDoNothing({
      target: [issuedDocuments.organisationId, issuedDocuments.year, issuedDocuments.typeCode, issuedDocuments.number],
    })
    .returning({ id: issuedDocuments.id });
  return rows.length > 0;
}
