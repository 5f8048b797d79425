/** Where a dossier stands; docs/domain.md, "Dossier workflow", tells the story. */
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

/**
 * Which side of the workflow acts: the operating unit or the reviewing (designated) unit. The
 * dossier policy keeps them apart: whoever prepared or submitted a dossier never takes a reviewer's
 * step on it. (Which roles may take a step is the permission matrix's business, not this table's.)
 */
export type Side = 'operator' | 'reviewer';

export interface Transition {
  from: readonly DossierStatus[];
  /** Where it goes; appraisals with a "không phù hợp" conclusion go to `toWhenUnsuitable`. */
  to: DossierStatus;
  toWhenUnsuitable?: DossierStatus;
  side: Side;
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
    levels: [4, 5],
  },
  giveOpinion: {
    from: ['opinionRequested'],
    to: 'drafting',
    side: 'reviewer',
    levels: [4, 5],
  },
  submit: { from: ['drafting', 'returned'], to: 'submitted', side: 'operator' },
  return: { from: ['submitted'], to: 'returned', side: 'reviewer' },
  appraise: {
    from: ['submitted'],
    to: 'appraised',
    toWhenUnsuitable: 'returned',
    side: 'reviewer',
    levels: [1, 2, 3],
  },
  recordExternalAppraisal: {
    from: ['submitted'],
    to: 'appraised',
    toWhenUnsuitable: 'returned',
    side: 'reviewer',
    levels: [4, 5],
  },
  approve: { from: ['appraised'], to: 'approved', side: 'reviewer' },
  withdraw: {
    from: ['drafting', 'opinionRequested', 'submitted', 'returned'],
    to: 'withdrawn',
    side: 'operator',
  },
} as const satisfies Record<DossierAction, Transition>;

/** Is `action` possible from `status` for a dossier of this level? (Who may do it is the policy's business.) */
export function canTransition(status: DossierStatus, action: DossierAction, level: number | null): boolean {
  const transition: Transition = workflow[action];
  if (!transition.from.includes(status)) return false;
  return !transition.levels || (level !== null && transition.levels.includes(level));
}

/** Statuses in which the operating unit may still edit the dossier and its attachments. */
/** Statuses whose step runs on a clock (a due date in working days or days): only these can be overdue. */
export const clockedStatuses = [
  'submitted',
  'appraised',
  'opinionRequested',
] as const satisfies readonly DossierStatus[];

export const editableStatuses = ['drafting', 'returned'] as const satisfies readonly DossierStatus[];

export const isEditableStatus = (status: DossierStatus): boolean =>
  (editableStatuses as readonly DossierStatus[]).includes(status);

/** Statuses no action leaves: the dossier's story is over (approved, withdrawn, superseded). */
export const terminalStatuses: readonly DossierStatus[] = dossierStatuses.filter(
  (status) => !Object.values(workflow).some((transition: Transition) => transition.from.includes(status)),
);

export const isTerminalStatus = (status: DossierStatus): boolean => terminalStatuses.includes(status);

/** Statuses a dossier passes through, for the Steps shown on the dossier page. */
export const mainPath: readonly DossierStatus[] = ['drafting', 'submitted', 'appraised', 'approved'];
