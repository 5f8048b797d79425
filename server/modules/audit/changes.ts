import type { Actor } from '../../policies/actor.js';
import { canonicalJson } from './canonical-json.js';

/** Who did it and from where, as every audit event records it. */
export const actorOf = (actor: Actor) => ({ actorUserId: actor.userId, actorIp: actor.ip });

/** The fields whose value differs, as { before, after } holding only those fields. */
export function changes<T extends Record<string, unknown>>(before: T, after: Partial<T>) {
  const keys = Object.keys(after).filter(
    (key) => after[key] !== undefined && canonicalJson(before[key]) !== canonicalJson(after[key]),
  );
  return {
    before: Object.fromEntries(keys.map((key) => [key, before[key]])),
    after: Object.fromEntries(keys.map((key) => [key, after[key]])),
  };
}
