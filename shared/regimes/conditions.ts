import type { Condition } from './regime.schemas.js';

type Facts = Record<string, unknown>;

/** Evaluates a rule condition against the answers; unknown facts never match. */
export function evaluateCondition(condition: Condition, facts: Facts): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, facts));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, facts));
  if ('not' in condition) return !evaluateCondition(condition.not, facts);
  const value = facts[condition.fact];
  if ('in' in condition) return condition.in.includes(value as string | number | boolean);
  if ('includesAny' in condition)
    return Array.isArray(value) && value.some((v) => condition.includesAny.includes(v as string));
  if ('only' in condition)
    return Array.isArray(value) && value.length > 0 && value.every((v) => condition.only.includes(v as string));
  if ('gte' in condition) return typeof value === 'number' && value >= condition.gte;
  return typeof value === 'number' && value < condition.lt;
}

// Small builders so the regimes read like the decree.
export const is = (fact: string, ...values: Array<string | number | boolean>): Condition => ({ fact, in: values });
export const has = (fact: string, ...values: string[]): Condition => ({ fact, includesAny: values });
export const only = (fact: string, ...values: string[]): Condition => ({ fact, only: values });
export const atLeast = (fact: string, gte: number): Condition => ({ fact, gte });
export const below = (fact: string, lt: number): Condition => ({ fact, lt });
export const all = (...conditions: Condition[]): Condition => ({ all: conditions });
export const any = (...conditions: Condition[]): Condition => ({ any: conditions });
export const not = (condition: Condition): Condition => ({ not: condition });
