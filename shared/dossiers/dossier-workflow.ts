import type { Role } from '../users/users.schemas.js';

/** DOMAIN.md §4.6. */
export const dossierStatuses = [
  'drafting',
  'opinionRequested',
  'submitted',
  'returned',
  'appraised',
  'approved',
  'withdrawn',
  'superseded',
] as const;
export type DossierStatus = (typeof dossierStatuses)[number];

export const dossierActions = [
  'requestOpinion',
  'giveOpinion',
  'submit',
  'return',
  'appraise',
  'recordExternalAppraisal',
  'approve',
  'withdraw',
] as const;
export type DossierAction = (typeof dossierActions)[number];

/** Which side of the workflow acts: the operating unit or the reviewing (designated) unit. */
export type Side = 'operator' | 'reviewer';

export interface Transition {
  from: readonly DossierStatus[];
  /** Where it goes; appraisals with a "không phù hợp" conclusion go to `toWhenUnsuitable`. */
  to: DossierStatus;
  toWhenUnsuitable?: DossierStatus;
  side: Side;
  roles: readonly Role[];
  /** Only for dossiers whose highest proposed level is in this list. */
  levels?: readonly number[];
}

/**
 * The state machine as data. Separation of duties (the preparer never appraises or approves;
 * the appraiser never approves) is checked on top of this by the server's dossier policy.
 */
export const workflow = {
  requestOpinion: {
    from: ['drafting', 'returned'],
    to: 'opinionRequested',
    side: 'operator',
    roles: ['officer', 'admin'],
    levels: [4, 5],
  },
  giveOpinion: {
    from: ['opinionRequested'],
    to: 'drafting',
    side: 'reviewer',
    roles: ['appraiser', 'approver'],
    levels: [4, 5],
  },
  submit: { from: ['drafting', 'returned'], to: 'submitted', side: 'operator', roles: ['officer', 'admin'] },
  return: { from: ['submitted'], to: 'returned', side: 'reviewer', roles: ['appraiser'] },
  appraise: {
    from: ['submitted'],
    to: 'appraised',
    toWhenUnsuitable: 'returned',
    side: 'reviewer',
    roles: ['appraiser'],
    levels: [1, 2, 3],
  },
  recordExternalAppraisal: {
    from: ['submitted'],
    to: 'appraised',
    toWhenUnsuitable: 'returned',
    side: 'reviewer',
    roles: ['appraiser'],
    levels: [4, 5],
  },
  approve: { from: ['appraised'], to: 'approved', side: 'reviewer', roles: ['approver'] },
  withdraw: {
    from: ['drafting', 'opinionRequested', 'submitted', 'returned'],
    to: 'withdrawn',
    side: 'operator',
    roles: ['officer', 'admin'],
  },
} as const satisfies Record<DossierAction, Transition>;

/** Is `action` possible from `status` for a dossier of this level? (Who may do it is the policy's business.) */
export function canTransition(status: DossierStatus, action: DossierAction, level: number | null): boolean {
  const transition: Transition = workflow[action];
  if (!transition.from.includes(status)) return false;
  return !transition.levels || (level !== null && transition.levels.includes(level));
}

/** Statuses a dossier passes through, for the Steps shown on the dossier page. */
export const mainPath: readonly DossierStatus[] = ['drafting', 'submitted', 'appraised', 'approved'];
