import type { Actor } from '../../policies/actor.js';
import { canonicalJson } from './canonical-json.js';

/** Who did it and from where, as every audit event records it. */
export const actorOf = (actor: Actor) => ({ actorUserId: actor.userId, actorIp: actor.ip });

/** The fields whose value differs, as { before, after } holding only those fields. */
export function changes<T extends object, K extends keyof T>(
  before: T,
  after: Partial<Pick<T, K>>,
): { before: Partial<Pick<T, K>>; after: Partial<Pick<T, K>> } {
  const keys = (Object.keys(after) as K[]).filter(
    (key) => after[key] !== undefined && canonicalJson(before[key]) !== canonicalJson(after[key]),
  );
  return {
    before: Object.fromEntries(keys.map((key) => [key, before[key]])) as Partial<Pick<T, K>>,
    after: Object.fromEntries(keys.map((key) => [key, after[key]])) as Partial<Pick<T, K>>,
  };
}
