import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The keyed half of the chain. The hash (append-audit-event.ts) is SHA-256 over the content and the
 * previous hash, a formula anyone can recompute; the MAC is HMAC-SHA256 of that hash under the key
 * (audit-key.ts), so a rewrite needs the key. Each input starts with its own label, so a MAC made for
 * an event can never pass as one for an anchor.
 */
const hmac = (key: Buffer, text: string) => createHmac('sha256', key).update(text).digest('hex');

/** An event without a hash (still waiting, or stripped of it) gets a MAC that no chained event has. */
export const eventMac = (key: Buffer, event: { id: number; hash: string | null }) =>
  hmac(key, `capdo-audit-event-v1\n${event.id}\n${event.hash ?? ''}`);

/**
 * What the request writes with an event that waits for the sealer: HMAC of its id and its content's hash (the
 * event hashed as if it had no previous one). The sealer chains only events whose entry MAC holds, so a row
 * slipped into the table, or one edited while it waits, is never given a chain MAC by the sealer.
 */
export const entryMac = (key: Buffer, event: { id: number; contentHash: string }) =>
  hmac(key, `capdo-audit-entry-v1\n${event.id}\n${event.contentHash}`);

export interface AnchoredHead {
  date: string;
  lastId: number;
  lastHash: string;
  count: number;
}

export const anchorMac = (key: Buffer, anchor: AnchoredHead) =>
  hmac(key, `capdo-audit-anchor-v1\n${anchor.date}\n${anchor.lastId}\n${anchor.lastHash}\n${anchor.count}`);

/** Constant-time comparison: how much of a guessed MAC matched must not show in the timing. */
export function sameMac(expected: string, given: string | null | undefined): boolean {
  if (typeof given !== 'string' || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(expected), Buffer.from(given));
}
