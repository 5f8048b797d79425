import type { OnboardingChange } from '#shared/onboarding/onboarding.schemas.js';
import { canonicalJson } from '../audit/canonical-json.js';

/** What a sheet's plan reports besides its writes: the rows that change nothing, and those that do. */
export interface RowChanges {
  unchanged: number;
  changes: OnboardingChange[];
}

/** The fields of `after` whose value differs from the stored one. */
export function changedFields<T extends object, A extends Partial<Record<keyof T, unknown>>>(
  stored: T,
  after: A,
): Partial<A> {
  return Object.fromEntries(
    Object.entries(after).filter(
      ([key, value]) =>
        value !== undefined && canonicalJson((stored as Record<string, unknown>)[key]) !== canonicalJson(value),
    ),
  ) as Partial<A>;
}
