import {
  canTransition,
  dossierActions,
  isEditableStatus,
  workflow,
  type DossierAction,
  type DossierStatus,
} from '#shared/dossiers/dossier-workflow.js';
import { forbidden, HttpError } from '../http/http-error.js';
import type { Actor } from './actor.js';
import { can } from './organisation-scope.js';
import { roleGrants, type Permission } from './permissions.js';

/** What the dossier policy needs to know about one dossier; loaded with it (see modules/dossiers/queries). */
export interface DossierFacts {
  status: DossierStatus;
  proposedLevel: number | null;
  /** The operating unit's materialised path: scope and the operator side's rights follow it. */
  operatorPath: string;
  preparedBy: string | null;
  submittedBy: string | null;
  /** Everyone who ever submitted it (a resubmission by someone else does not clear the first submitter). */
  submitters: readonly string[];
  /**
   * Everyone who prepared it, in any round: created it, saved its draft, attached a file, or changed
   * the record of a system it covers since it was created (modules/dossiers/preparers.ts).
   */
  preparers: readonly string[];
  appraisedBy: string | null;
  /**
   * Who approves at this level under the dossier's regime (docs/domain.md#who-appraises-and-approves): the
   * designated unit for the operator's subtree, or the systems' owner. Null when it cannot be
   * determined yet (no level, no designation in force).
   */
  approvingOrganisation: { id: string; name: string; shortName: string; path: string } | null;
  /** Levels 4-5: the designated unit's professional opinion has been recorded. */
  hasProfessionalOpinion: boolean;
}

export type Decision = 'allowed' | 'conflict' | 'forbidden';

/**
 * Turns a refusal into its answer: 409 when the workflow forbids it (with the reason when there is
 * one), 403 when the person may not.
 */
export function enforce(decision: Decision, conflictReason?: string): void {
  if (decision === 'conflict')
    throw new HttpError('conflict', conflictReason ? [{ path: 'action', message: conflictReason }] : undefined);
  if (decision === 'forbidden') throw forbidden();
}

const needsOpinion = (facts: DossierFacts, action: DossierAction) =>
  action === 'submit' && (facts.proposedLevel ?? 0) >= 4 && !facts.hasProfessionalOpinion;

/** Why the workflow refuses an action it otherwise allows at this status: the catalogue key, if any. */
export const conflictReason = (facts: DossierFacts, action: DossierAction) =>
  needsOpinion(facts, action) && canTransition(facts.status, action, facts.proposedLevel)
    ? 'validation.professionalOpinionRequired'
    : undefined;

/** The permission each action needs over the operator's path (approve is decided separately, see below). */
const permissionFor = {
  requestOpinion: 'dossier.requestOpinion',
  giveOpinion: 'dossier.giveOpinion',
  submit: 'dossier.submit',
  return: 'dossier.appraise',
  appraise: 'dossier.appraise',
  recordExternalAppraisal: 'dossier.appraise',
  approve: 'dossier.approve',
  withdraw: 'dossier.withdraw',
} satisfies Record<DossierAction, Permission>;

/**
 * Separation of duties, enforced here whatever roles a person holds: who prepared or submitted a
 * dossier (its creator, anyone who changed its content, files or covered systems, in any round)
 * never takes a step of the reviewer's side of the workflow table (opinion, return, appraisal,
 * approval), and its appraiser never approves it.
 */
function separatedFrom(actor: Actor, facts: DossierFacts, action: DossierAction): boolean {
  if (workflow[action].side !== 'reviewer') return true;
  if (
    actor.userId === facts.preparedBy ||
    actor.userId === facts.submittedBy ||
    facts.submitters.includes(actor.userId) ||
    facts.preparers.includes(actor.userId)
  )
    return false;
  if (action === 'approve' && actor.userId === facts.appraisedBy) return false;
  return true;
}

/**
 * Approval is a power of the approving organisation itself, so it counts only roles the person
 * holds there (or above it), never rights that reach the subtree through a designation: the Sở's
 * leader approves levels 1-2 of the province's units, but a level-3 system owned by a district is
 * approved by an approver of that district.
 */
function holdsByMembership(actor: Actor, permission: Permission, organisationPath: string): boolean {
  return actor.memberships.some(
    (membership) =>
      (roleGrants[membership.role] as readonly Permission[]).includes(permission) &&
      organisationPath.startsWith(membership.path),
  );
}

/**
 * May the actor take this action on this dossier now? 'conflict' when the workflow forbids it,
 * 'forbidden' when the person may not.
 */
export function decideTransition(actor: Actor, facts: DossierFacts, action: DossierAction): Decision {
  if (!canTransition(facts.status, action, facts.proposedLevel)) return 'conflict';
  // Levels 4-5 go for appraisal only with the designated unit's professional opinion (docs/domain.md#dossier-workflow).
  if (needsOpinion(facts, action)) return 'conflict';
  if (!separatedFrom(actor, facts, action)) return 'forbidden';
  if (action === 'approve') {
    const approver = facts.approvingOrganisation;
    return approver && holdsByMembership(actor, 'dossier.approve', approver.path) ? 'allowed' : 'forbidden';
  }
  return can(actor, permissionFor[action], facts.operatorPath) ? 'allowed' : 'forbidden';
}

/** Saving the draft (content, systems) and attaching files: the operator side, while it is being prepared. */
export function decideUpdate(actor: Actor, facts: Pick<DossierFacts, 'status' | 'operatorPath'>): Decision {
  if (!isEditableStatus(facts.status)) return 'conflict';
  return can(actor, 'dossier.update', facts.operatorPath) ? 'allowed' : 'forbidden';
}

export type DossierAbilities = Record<'update' | DossierAction, boolean>;

/** Sent with every dossier: the web shows buttons from these and never re-derives the rules. */
export function dossierAbilities(actor: Actor, facts: DossierFacts): DossierAbilities {
  const abilities = { update: decideUpdate(actor, facts) === 'allowed' } as DossierAbilities;
  for (const action of dossierActions) abilities[action] = decideTransition(actor, facts, action) === 'allowed';
  return abilities;
}
