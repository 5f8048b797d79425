import { nd331 } from './nd331.js';
import { nd85 } from './nd85.js';
import type { Regime, RegimeId } from './regime.schemas.js';

/** The shipped regimes; an administrator's saved corrections override these defaults. */
export const defaultRegimes: Record<RegimeId, Regime> = { nd85, nd331 };

/** New dossiers default by date: nd331 from 19/8/2026, nd85 before. */
export function defaultRegimeFor(date: string): RegimeId {
  return date >= nd331.effectiveFrom ? 'nd331' : 'nd85';
}

/** The regimes a dossier may choose on a date: in force, and not past its transition window. */
export function regimesOpenOn(regimes: Record<RegimeId, Regime>, date: string): RegimeId[] {
  return Object.values<Regime>(regimes)
    .filter(
      (regime) => regime.effectiveFrom <= date && (regime.newDossiersUntil === null || date <= regime.newDossiersUntil),
    )
    .map((regime) => regime.id);
}
