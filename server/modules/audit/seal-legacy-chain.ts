import { count, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.js';
import { auditEvents } from '../../db/schema/index.js';
import { AUDIT_LOCK, GENESIS_HASH } from './append-audit-event.js';
import { eventMac } from './audit-mac.js';
import { eventsInOrder, linkProblems } from './verify-audit-chain.js';

export type SealResult =
  | { status: 'nothing' }
  | { status: 'sealed'; count: number }
  | { status: 'refused'; reason: string; problems: string[] };

const BATCH = 500;

/**
 * Chains written before the key (drizzle/migrations/0007_audit_mac.sql) have no MAC. The first
 * start with a key checks that chain and gives each of its events its MAC; from then on a rewrite of
 * an old event is caught like that of a new one. It seals only a chain that no key has touched yet:
 * no event has a MAC and no anchor exists. Otherwise events without a MAC were stripped of it, and
 * sealing them would launder the tampering, so they are left for `audit:verify` to report. A chain
 * whose links are already broken is not sealed either.
 */
export async function sealLegacyChain(db: Db, { key, anchorsExist }: { key: Buffer; anchorsExist: boolean }) {
  return db.transaction(async (tx): Promise<SealResult> => {
    await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK})`);
    // Events waiting for the sealer (no hash yet) are not part of an older chain: only hashed events are.
    const [all] = await tx
      .select({ events: count(), sealed: count(auditEvents.mac) })
      .from(auditEvents)
      .where(isNotNull(auditEvents.hash));
    const unsealed = all!.events - all!.sealed;
    if (unsealed === 0) return { status: 'nothing' };
    if (all!.sealed > 0 || anchorsExist)
      return {
        status: 'refused',
        reason:
          `${unsealed} sự kiện không có mã xác thực khóa trong một chuỗi đã dùng khóa: không niêm phong lại ` +
          `/ ${unsealed} events lack their keyed MAC in a chain already keyed: not sealed again`,
        problems: [],
      };
    const problems: string[] = [];
    const macs: [number, string][] = [];
    let expected = { seq: 1, prevHash: GENESIS_HASH };
    for await (const row of eventsInOrder(tx)) {
      problems.push(...linkProblems(row, expected));
      macs.push([row.id, eventMac(key, row)]);
      expected = { seq: row.seq! + 1, prevHash: row.hash ?? '' };
    }
    if (problems.length > 0)
      return {
        status: 'refused',
        reason: 'chuỗi cũ đã hỏng trước khi niêm phong / the older chain is broken: not sealed',
        problems,
      };
    for (let start = 0; start < macs.length; start += BATCH) {
      const values = macs.slice(start, start + BATCH).map(([id, mac]) => sql`(${id}::bigint, ${mac}::text)`);
      await tx.execute(sql`
        update ${auditEvents} set mac = sealed.mac
        from (values ${sql.join(values, sql`, `)}) as sealed(id, mac)
        where ${auditEvents.id} = sealed.id and ${auditEvents.mac} is null`);
    }
    const [after] = await tx.select({ sealed: count() }).from(auditEvents).where(isNotNull(auditEvents.mac));
    return { status: 'sealed', count: after!.sealed };
  });
}
