import type { Regime } from './regime.schemas.js';

export const calendarDays = (days: number) => ({ days, workingDays: false });
export const workingDays = (days: number) => ({ days, workingDays: true });

const local = {
  appraisedBy: 'designatedUnit',
  approvedBy: 'designatedUnit',
  professionalOpinion: false,
  primeMinisterList: false,
} as const;
const external = {
  appraisedBy: 'external',
  approvedBy: 'owner',
  professionalOpinion: true,
  primeMinisterList: false,
} as const;

/**
 * Who appraises and approves (docs/domain.md#who-appraises-and-approves), the same under both decrees:
 * levels 1-2 appraised and approved by the designated unit; level 3 approved by the owner; levels 4-5
 * appraised outside after the designated unit's professional opinion, approved by the owner, level 5 on
 * the Prime Minister's list.
 */
export const standardRouting: Regime['routing'] = {
  1: local,
  2: local,
  3: { ...local, approvedBy: 'owner' },
  4: external,
  5: { ...external, primeMinisterList: true },
};
