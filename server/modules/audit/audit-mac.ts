import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The keyed half of the chain. The hash (append-audit-event.ts) is SHA-256 over the content and the
 * previous hash, a formula anyone can recompute; the MAC is HMAC-SHA256 of that hash under the key
 * (audit-key.ts), so a rewrite needs the key. Each input starts with its own label, so a MAC made for
 * an event can never pass as one for an anchor.
 */
const hmac = (key: Buffer, text: string) => createHmac('sha256', key).update(text).digest('hex');

export const eventMac = (key: Buffer, event: { id: number; hash: string }) =>
  hmac(key, `capdo-audit-event-v1\n${event.id}\n${event.hash}`);

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
