import { workflow, type DossierStatus } from '#shared/dossiers/dossier-workflow.js';
import type { TransitionBody } from '#shared/dossiers/dossiers.schemas.js';
import type { dossiers } from '../../db/schema/index.js';
import { fieldError, HttpError } from '../../http/http-error.js';
import type { Actor } from '../../policies/actor.js';
import type { ApprovalDecision } from './apply-approval.js';
import type { DossierRecord, OrganisationPathRef } from './queries.js';

/** What one transition writes besides status, version and clock. */
export interface TransitionPlan {
  to: DossierStatus;
  set: Partial<
    Pick<
      typeof dossiers.$inferInsert,
      'submittedBy' | 'appraisedBy' | 'approvedBy' | 'approvalDecisionNumber' | 'approvalDecisionDate'
    >
  >;
  /** The whole new `review` record (the reviewer's records and the history of returns). */
  review: Record<string, unknown>;
  /** Extra facts for the audit event, next to the status change. */
  details: Record<string, unknown>;
  approval?: ApprovalDecision;
  /** A document whose number the issuer's register gives, in the transition's transaction. */
  issue?: {
    form: 'appraisal-opinion' | 'approval-decision';
    issuer: OrganisationPathRef;
    typeCode: string;
    date: string;
  };
}

export interface PlanInput {
  actor: Actor;
  record: DossierRecord;
  body: TransitionBody;
  today: string;
  /** Does this attachment belong to the dossier? */
  hasAttachment: (id: string) => Promise<boolean>;
}

const required = <T>(value: T | undefined, path: string, key = 'validation.required'): T => {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === ''))
    throw fieldError(path, key);
  return value;
};

/** The document an action records; an approval may leave its number to the issuer's register (null). */
function documentOf(body: TransitionBody, today: string, numberFromRegister = false) {
  const number =
    numberFromRegister && !body.documentNumber?.trim() ? null : required(body.documentNumber, 'documentNumber');
  const date = required(body.documentDate, 'documentDate');
  if (date > today) throw fieldError('documentDate', 'validation.dateInFuture');
  return { documentNumber: number, documentDate: date };
}

/** The three conclusions; any "không phù hợp" needs the reasons, which go back to the operator. */
function conclusionsOf(body: TransitionBody) {
  const conclusions = required(body.conclusions, 'conclusions');
  const suitable = Object.values(conclusions).every((value) => value === 'suitable');
  if (!suitable) required(body.comment, 'comment', 'validation.unsuitableReasonsRequired');
  return { conclusions, suitable };
}

/**
 * Validates the fields an action needs (400 naming them) and says what it records. Reviewer
 * records live in `review`; every return keeps its reasons in `review.returns`, so the officer
 * sees the whole history.
 */
export async function planTransition({
  actor,
  record,
  body,
  today,
  hasAttachment,
}: PlanInput): Promise<TransitionPlan> {
  const review = { ...((record.dossier.review ?? {}) as Record<string, unknown>) };
  const returns = Array.isArray(review.returns) ? [...(review.returns as unknown[])] : [];
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
      const document = documentOf(body, today);
      return {
        to: transition.to,
        set: {},
        review: { ...review, professionalOpinion: { ...by, ...document, comment: comment ?? '' } },
        details: document,
      };
    }
    case 'submit': {
      const missing = record.systems.findIndex((system) => system.proposedLevel === null);
      if (missing >= 0) throw fieldError(`systems[${missing}].answers`, 'validation.levelNotDetermined');
      const submitters = Array.isArray(review.submitters) ? (review.submitters as string[]) : [];
      // The unit's own submission letter (Tờ trình), when it has its number: the documents cite it.
      const letter = body.documentNumber
        ? { documentNumber: body.documentNumber, documentDate: body.documentDate ?? today }
        : null;
      if (letter && letter.documentDate > today) throw fieldError('documentDate', 'validation.dateInFuture');
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
      const reasons = required(comment, 'comment', 'validation.returnReasonsRequired');
      return {
        to: transition.to,
        set: {},
        review: { ...review, returns: [...returns, { ...by, kind: 'return', comment: reasons }] },
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
            review: {
              ...review,
              appraisal,
              returns: [...returns, { ...by, kind: 'unsuitable', conclusions, comment: comment! }],
            },
            details: { conclusions },
            issue,
          };
    }
    case 'recordExternalAppraisal': {
      const document = documentOf(body, today);
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
            review: {
              ...review,
              externalAppraisal,
              returns: [...returns, { ...by, kind: 'unsuitable', conclusions, comment: comment! }],
            },
            details: { ...document, conclusions },
          };
    }
    case 'approve': {
      const document = documentOf(body, today, true);
      const issuer = record.facts.approvingOrganisation;
      if (!issuer) throw new HttpError('conflict'); // the policy refuses first; kept for the type
      const approval = {
        number: document.documentNumber ?? '',
        date: document.documentDate,
        issuer: { id: issuer.id, name: issuer.name },
      };
      // No number typed: the decision takes the next one of the approving body's register.
      const issue =
        document.documentNumber === null
          ? { form: 'approval-decision' as const, issuer, typeCode: 'QĐ', date: document.documentDate }
          : undefined;
      return {
        issue,
        to: transition.to,
        set: { approvedBy: actor.userId, approvalDecisionNumber: approval.number, approvalDecisionDate: approval.date },
        review: { ...review, decision: { ...by, ...document, issuer: approval.issuer, comment: comment ?? '' } },
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
    const appraisal = { ...(plan.review.appraisal as Record<string, unknown>), document };
    return { ...plan, review: { ...plan.review, appraisal }, details: { ...plan.details, ...document } };
  }
  const decision = { ...(plan.review.decision as Record<string, unknown>), documentNumber: symbol };
  return {
    ...plan,
    set: { ...plan.set, approvalDecisionNumber: symbol },
    review: { ...plan.review, decision },
    details: { ...plan.details, documentNumber: symbol },
    approval: plan.approval ? { ...plan.approval, number: symbol } : undefined,
  };
}
