import { workflow, type DossierStatus } from '#shared/dossiers/dossier-workflow.js';
import type { TransitionBody, TransitionBodyOf } from '#shared/dossiers/transition-body.schemas.js';
import type { DossierReview, ReturnRecord } from '#shared/dossiers/dossier-review.schemas.js';
import type { dossiers } from '../../db/schema/index.js';
import { fieldError, HttpError } from '../../http/http-error.js';
import type { Actor } from '../../policies/actor.js';
import type { ApprovalDecision } from './apply-approval.js';
import type { FullDossierRecord, OrganisationPathRef } from './queries.js';

/** What one transition writes besides status, version and clock. */
export interface TransitionPlan {
  to: DossierStatus;
  set: Partial<
    Pick<
      typeof dossiers.$inferInsert,
      'submittedBy' | 'appraisedBy' | 'approvedBy' | 'approvalDecisionNumber' | 'approvalDecisionDate'
    >
  >;
  /**
   * The reviewers' records after the step. Not the history of returns: the dossier keeps it in the database, where
   * the transition appends `appendReturn` (transition-dossier.ts), and the record planned from may lack it.
   */
  review: Omit<DossierReview, 'returns'>;
  /** A request for revision this step makes: appended to the dossier's history of returns. */
  appendReturn?: ReturnRecord;
  /** Extra facts for the audit event, next to the status change. */
  details: Record<string, unknown>;
  approval?: ApprovalDecision;
  /**
   * A document whose number the issuer's register gives, in the transition's transaction; or, when
   * `typed`, the number its issuer gave it, recorded in that register.
   */
  issue?: {
    form: 'appraisal-opinion' | 'approval-decision';
    issuer: OrganisationPathRef;
    typeCode: string;
    date: string;
    typed?: { number: number | null; symbol: string };
  };
}

export interface PlanInput {
  actor: Actor;
  record: FullDossierRecord;
  body: TransitionBody;
  today: string;
  /** Does this attachment belong to the dossier? */
  hasAttachment: (id: string) => Promise<boolean>;
  /** The day (Vietnam) of its latest submission, if it was submitted through the workflow. */
  submittedOn: string | null;
}

/**
 * "125/QĐ-STTTT" (or " 0125 / QĐ-STTTT"): its sequence number, 125, the one the register keys on;
 * null when the typed text does not begin with one (it cannot take a place in the register).
 */
function typedNumber(symbol: string): { number: number | null; symbol: string } {
  const match = /^\s*(\d{1,9})\s*(?:\/|$)/.exec(symbol);
  return { number: match ? Number(match[1]) : null, symbol: symbol.trim() };
}

/** 2026-12-04 as 04/12/2026, the way a person reads it. */
const dayMonthYear = (date: string) => date.split('-').reverse().join('/');

/**
 * The three conclusions; any "không phù hợp" sends the dossier back, with the reasons the
 * action's contract required.
 */
function conclusionsOf({ conclusions }: Pick<TransitionBodyOf<'appraise'>, 'conclusions'>) {
  return { conclusions, suitable: Object.values(conclusions).every((value) => value === 'suitable') };
}

/**
 * Says what an action records. The body's own rules (required fields, dates not in the future,
 * the reasons for a return or an unsuitable conclusion) were checked by the action's contract in
 * shared/dossiers/transition-body.schemas.ts; what needs the dossier is checked here (400 naming
 * the field). Reviewer records live in `review`; every return keeps its reasons in
 * `review.returns` (`appendReturn`), so the officer sees the whole history.
 */
export async function planTransition({
  actor,
  record,
  body,
  today,
  hasAttachment,
  submittedOn,
}: PlanInput): Promise<TransitionPlan> {
  // Parsed with dossierReviewSchema when the record was loaded (queries.ts); read without its returns for a step.
  const { returns: _history, ...review } = record.dossier.review;
  const by = { by: actor.userId, byName: actor.fullName, at: new Date().toISOString() };
  const comment = body.comment?.trim() ? body.comment.trim() : undefined;
  const transition = workflow[body.action];

  switch (body.action) {
    case 'requestOpinion':
      return {
        to: transition.to,
        set: {},
        review: { ...review, opinionRequest: { ...by, comment: comment ?? '' } },
        details: {},
      };
    case 'giveOpinion': {
      const document = { documentNumber: body.documentNumber, documentDate: body.documentDate };
      return {
        to: transition.to,
        set: {},
        review: { ...review, professionalOpinion: { ...by, ...document, comment: comment ?? '' } },
        details: document,
      };
    }
    case 'submit': {
      // Nothing incomplete reaches the reviewer: every missing part is named, in the order of the tabs.
      const { missing } = record.completeness;
      if (missing.length)
        throw new HttpError(
          'validation_failed',
          missing.map((item) => ({ path: item.key, message: 'validation.dossierIncomplete', vars: item.label })),
        );
      const submitters = review.submitters ?? [];
      // The unit's own submission letter (Tờ trình), when it has its number: the documents cite it.
      const letter = body.documentNumber
        ? { documentNumber: body.documentNumber, documentDate: body.documentDate ?? today }
        : null;
      return {
        to: transition.to,
        set: { submittedBy: actor.userId },
        review: {
          ...review,
          submitters: [...new Set([...submitters, actor.userId])],
          ...(letter ? { submission: { ...by, ...letter } } : {}),
        },
        details: { proposedLevel: record.dossier.proposedLevel, ...(letter ?? {}) },
      };
    }
    case 'return': {
      const reasons = body.comment;
      return {
        to: transition.to,
        set: {},
        review,
        appendReturn: { ...by, kind: 'return', comment: reasons },
        details: {},
      };
    }
    case 'appraise': {
      const { conclusions, suitable } = conclusionsOf(body);
      const appraisal = { ...by, conclusions, comment: comment ?? '' };
      // The designated unit's opinion is a letter numbered from its register.
      const issue = record.designatedUnit
        ? { form: 'appraisal-opinion' as const, issuer: record.designatedUnit, typeCode: '', date: today }
        : undefined;
      return suitable
        ? {
            to: transition.to,
            set: { appraisedBy: actor.userId },
            review: { ...review, appraisal },
            details: { conclusions },
            issue,
          }
        : {
            to: workflow.appraise.toWhenUnsuitable,
            set: {},
            review: { ...review, appraisal },
            appendReturn: { ...by, kind: 'unsuitable', conclusions, comment: comment! },
            details: { conclusions },
            issue,
          };
    }
    case 'recordExternalAppraisal': {
      const document = { documentNumber: body.documentNumber, documentDate: body.documentDate };
      const { conclusions, suitable } = conclusionsOf(body);
      if (body.attachmentId && !(await hasAttachment(body.attachmentId)))
        throw fieldError('attachmentId', 'validation.attachmentNotFound');
      const externalAppraisal = {
        ...by,
        ...document,
        conclusions,
        attachmentId: body.attachmentId ?? null,
        comment: comment ?? '',
      };
      return suitable
        ? {
            to: transition.to,
            set: { appraisedBy: actor.userId },
            review: { ...review, externalAppraisal },
            details: { ...document, conclusions },
          }
        : {
            to: workflow.recordExternalAppraisal.toWhenUnsuitable,
            set: {},
            review: { ...review, externalAppraisal },
            appendReturn: { ...by, kind: 'unsuitable', conclusions, comment: comment! },
            details: { ...document, conclusions },
          };
    }
    case 'approve': {
      const document = { documentNumber: body.documentNumber ?? null, documentDate: body.documentDate };
      const issuer = record.facts.approvingOrganisation;
      if (!issuer) throw new HttpError('conflict'); // the policy refuses first; kept for the type
      // Not after today (the contract), nor before the dossier reached the approving body.
      if (submittedOn && document.documentDate < submittedOn)
        throw fieldError('documentDate', 'validation.dateBeforeSubmission', { date: dayMonthYear(submittedOn) });
      const approval = {
        number: document.documentNumber ?? '',
        date: document.documentDate,
        issuer: { id: issuer.id, name: issuer.name },
      };
      // No number typed: the decision takes the next one of the approving body's register. A typed
      // one is written in that register too, where it must be free (transitionDossier).
      const issue = {
        form: 'approval-decision' as const,
        issuer,
        typeCode: 'QĐ',
        date: document.documentDate,
        ...(document.documentNumber === null ? {} : { typed: typedNumber(document.documentNumber) }),
      };
      return {
        issue,
        to: transition.to,
        set: { approvedBy: actor.userId, approvalDecisionNumber: approval.number, approvalDecisionDate: approval.date },
        review: {
          ...review,
          // A number left to the register is written once it is given (withIssuedNumber).
          decision: {
            ...by,
            documentNumber: document.documentNumber ?? '',
            documentDate: document.documentDate,
            issuer: approval.issuer,
            comment: comment ?? '',
          },
        },
        details: { ...document, issuer: approval.issuer },
        approval,
      };
    }
    case 'withdraw':
      return {
        to: transition.to,
        set: {},
        review: { ...review, withdrawal: { ...by, comment: comment ?? '' } },
        details: {},
      };
  }
}

/** The plan once its document has a number: the number goes wherever the plan records the document. */
export function withIssuedNumber(plan: TransitionPlan, symbol: string): TransitionPlan {
  if (!plan.issue) return plan;
  const document = { documentNumber: symbol, documentDate: plan.issue.date };
  if (plan.issue.form === 'appraisal-opinion') {
    if (!plan.review.appraisal) throw new Error('An appraisal opinion is numbered only with the appraisal it records');
    const appraisal = { ...plan.review.appraisal, document };
    return { ...plan, review: { ...plan.review, appraisal }, details: { ...plan.details, ...document } };
  }
  if (!plan.review.decision) throw new Error('An approval decision is numbered only with the decision it records');
  const decision = { ...plan.review.decision, documentNumber: symbol };
  return {
    ...plan,
    set: { ...plan.set, approvalDecisionNumber: symbol },
    review: { ...plan.review, decision },
    details: { ...plan.details, documentNumber: symbol },
    approval: plan.approval ? { ...plan.approval, number: symbol } : undefined,
  };
}
