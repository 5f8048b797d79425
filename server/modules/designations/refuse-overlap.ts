import { and, asc, inArray, like, sql } from 'drizzle-orm';
import { communeLevelKinds } from '#shared/designations/designations.schemas.js';
import { formatDateVi } from '#shared/common/text.js';
import type { Tx } from '../../db/open-db.js';
import { organisations } from '../../db/schema/index.js';
import { HttpError } from '../../http/http-error.js';
import { designationsOverlapping } from './queries.js';

/**
 * Designation writes take this transaction-scoped lock first and check for overlaps once they hold it:
 * two designations saved at the same moment, each checked without the other, could otherwise both pass
 * and leave a commune with two designated units. Designations change a few times a year.
 */
const DESIGNATIONS_LOCK = 7_434_003;

export const lockDesignations = (tx: Tx) => tx.execute(sql`select pg_advisory_xact_lock(${DESIGNATIONS_LOCK})`);

interface DesignationSpan {
  /** The designation being saved (a new one's id matches none stored). */
  id: string;
  rootPath: string;
  validFrom: string;
  validTo: string | null;
}

/**
 * Every commune-level unit has exactly one designated security unit on any day (the check of
 * GET /api/designations/coverage): a designation that would give one of them a second is refused with
 * 409, naming the unit, the body already designated and the first day both would apply. Two subtrees
 * share units only when one holds the other; they clash when the inner one holds a commune-level unit.
 */
export async function refuseOverlap(tx: Tx, span: DesignationSpan): Promise<void> {
  const others = await designationsOverlapping(tx, span.id, span.validFrom, span.validTo);
  for (const other of others) {
    const nested = span.rootPath.startsWith(other.rootPath) || other.rootPath.startsWith(span.rootPath);
    if (!nested) continue;
    const inner = span.rootPath.length >= other.rootPath.length ? span.rootPath : other.rootPath;
    const [unit] = await tx
      .select({ name: organisations.name })
      .from(organisations)
      .where(and(like(organisations.path, `${inner}%`), inArray(organisations.kind, [...communeLevelKinds])))
      .orderBy(asc(organisations.depth), asc(organisations.searchText))
      .limit(1);
    if (!unit) continue;
    const day = other.validFrom > span.validFrom ? other.validFrom : span.validFrom;
    throw new HttpError('designation_overlap', undefined, {
      unit: unit.name,
      designated: other.designatedName,
      day: formatDateVi(day),
    });
  }
}
