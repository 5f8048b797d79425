import type { FormKey, Regime } from '#shared/regimes/regime.schemas.js';
import type { DossierRecord } from '../dossiers/queries.js';

/** The forms the designated unit or the approver issue: they exist once the dossier reached them. */
const reviewerForms = new Set<FormKey>(['appraisal-opinion', 'approval-decision', 'form-07']);
const reachedAppraisal = new Set(['appraised', 'approved', 'superseded']);
const reachedDecision = new Set(['appraised', 'approved', 'superseded']);

/**
 * The forms of this dossier now: those its regime lists for its level (only the explanation while
 * no level is determined), in that order. The unit's own forms are always there as drafts; the
 * appraisal opinion once the dossier was appraised (or as the appraiser's draft while it waits for
 * them), the decisions once it is appraised.
 */
export function availableForms(record: DossierRecord, regime: Regime, canAppraiseNow: boolean): FormKey[] {
  const level = record.dossier.proposedLevel as 1 | 2 | 3 | 4 | 5 | null;
  if (level === null) return ['explanation'];
  const status = record.dossier.status;
  const appraised = Boolean(record.dossier.review.appraisal);
  return regime.forms[level].filter((form) => {
    if (!reviewerForms.has(form)) return true;
    if (form === 'appraisal-opinion') return appraised || reachedAppraisal.has(status) || canAppraiseNow;
    return reachedDecision.has(status);
  });
}
