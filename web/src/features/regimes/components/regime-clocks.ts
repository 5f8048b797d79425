import type { Path } from 'react-hook-form';
import type { Regime } from '#shared/regimes/regime.schemas.js';

type Clock = Regime['clocks']['completeness'];
export const levels = [1, 2, 3, 4, 5] as const;

/** One time limit of a regime: where it sits in the regime and how a person names it. */
export interface ClockSlot {
  key: string;
  /** Its place in the form (and, with brackets for indexes, in the server's field issues). */
  path: 'clocks.completeness' | 'clocks.approval' | `clocks.appraisal.${(typeof levels)[number]}`;
  of: (regime: Regime) => Clock;
  /** The level of an appraisal clock. */
  level?: number;
  kind: 'completeness' | 'appraisal' | 'approval';
}

/** The clocks in the order a dossier meets them: completeness, appraisal (by level), approval. */
export const clockSlots: ClockSlot[] = [
  { key: 'completeness', path: 'clocks.completeness', of: (r) => r.clocks.completeness, kind: 'completeness' },
  ...levels.map((level): ClockSlot => ({
    key: `appraisal-${level}`,
    path: `clocks.appraisal.${level}`,
    of: (r) => r.clocks.appraisal[level],
    level,
    kind: 'appraisal',
  })),
  { key: 'approval', path: 'clocks.approval', of: (r) => r.clocks.approval, kind: 'approval' },
];

/** Typed form paths of a clock's two fields. */
export const clockFieldPaths = (slot: ClockSlot) => ({
  days: `${slot.path}.days` as Path<Regime>,
  workingDays: `${slot.path}.workingDays` as Path<Regime>,
});
