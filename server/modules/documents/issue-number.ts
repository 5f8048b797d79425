import { sql } from 'drizzle-orm';
import { documentSymbol } from '#templates/official-parts.js';
import type { Tx } from '../../db/open-db.js';
import { documentRegisters, issuedDocuments } from '../../db/schema/index.js';

export interface IssueRequest {
  organisationId: string;
  /** The issuer's short name, written in the symbol. */
  issuerCode: string;
  typeCode: string;
  /** The issue date (YYYY-MM-DD, Vietnam); its year picks the register. */
  issuedOn: string;
  dossierId: string | null;
  form: string;
  issuedBy: string | null;
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
 */
export async function issueDocumentNumber(tx: Tx, request: IssueRequest): Promise<IssuedNumber> {
  const year = Number(request.issuedOn.slice(0, 4));
  const [row] = await tx
    .insert(documentRegisters)
    .values({ organisationId: request.organisationId, year, typeCode: request.typeCode, lastNumber: 1 })
    .onConflictDoUpdate({
      target: [documentRegisters.organisationId, documentRegisters.year, documentRegisters.typeCode],
      set: { lastNumber: sql`${documentRegisters.lastNumber} + 1` },
    })
    .returning({ number: documentRegisters.lastNumber });
  const number = row!.number;
  const symbol = documentSymbol({
    number,
    typeCode: request.typeCode,
    issuerCode: request.issuerCode,
    date: request.issuedOn,
  });
  await tx.insert(issuedDocuments).values({
    organisationId: request.organisationId,
    year,
    typeCode: request.typeCode,
    number,
    symbol,
    issuedOn: request.issuedOn,
    dossierId: request.dossierId,
    form: request.form,
    issuedBy: request.issuedBy,
  });
  return { number, symbol, issuedOn: request.issuedOn };
}
