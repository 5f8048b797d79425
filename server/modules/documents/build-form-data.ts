import type { FormData, DocumentNumber } from '#shared/documents/form-data.schemas.js';
import { dossierContentSchema } from '#shared/dossiers/dossiers.schemas.js';
import type { FormKey, Regime } from '#shared/regimes/regime.schemas.js';
import { formDefinition } from '#templates/forms/index.js';
import type { DossierRecord } from '../dossiers/queries.js';
import { signerOf, type DocumentOrganisation } from './parties.js';

export interface FormSources {
  record: DossierRecord;
  regime: Regime;
  /** The organisations of the record (operator, owner, designated unit, approver) by id. */
  organisations: Map<string, DocumentOrganisation>;
  attachmentNames: string[];
}

/** Who is who in a dossier's documents; a missing role falls back to the nearest one that exists. */
export function documentRoles(record: DossierRecord) {
  const operator = record.operator.id;
  const owner = record.owner?.id ?? operator;
  const appraiser = record.designatedUnit?.id ?? owner;
  const approver = record.facts.approvingOrganisation?.id ?? appraiser;
  return { operator, owner, appraiser, approver };
}

/** The request that sends the dossier for appraisal; the explanation goes with it and carries its number. */
const appraisalRequests: FormKey[] = ['submission-appraisal', 'form-01', 'form-02'];
const appraisalRequestOf = (regime: Regime, level: number | null): FormKey =>
  (level ? regime.forms[level as 1 | 2 | 3 | 4 | 5].find((form) => appraisalRequests.includes(form)) : undefined) ??
  'submission-appraisal';

/**
 * The issued number of a form of this dossier, if it has one: the decision once approved, the
 * opinion once appraised.
 */
export function issuedSymbolOf(record: DossierRecord, form: FormKey): { symbol: string; date: string } | null {
  const { review } = record.dossier;
  if (form === 'approval-decision' && record.dossier.approvalDecisionNumber && record.dossier.approvalDecisionDate)
    return { symbol: record.dossier.approvalDecisionNumber, date: record.dossier.approvalDecisionDate };
  if (form === 'appraisal-opinion' && review.appraisal?.document)
    return { symbol: review.appraisal.document.documentNumber, date: review.appraisal.document.documentDate };
  // The unit's request for appraisal, and the explanation that goes with it, carry its letter's number.
  if ((appraisalRequests.includes(form) || form === 'explanation') && review.submission)
    return { symbol: review.submission.documentNumber, date: review.submission.documentDate };
  return null;
}

/** A matched rule as the assessment stored it; its level was recorded with it, older records may lack it. */
interface StoredRule {
  ruleId: string;
  level?: number;
  citation: { vi: string };
  explanation: { vi: string };
}

/**
 * The rules that decided a system's level: those matched at that level. A rule matched at a lower level also
 * holds, but a form cites the rule that gave the level (Decree 331), not every one that matched. A rule stored
 * without its level takes it from the regime.
 */
function decidingRules(regime: Regime, assessment: unknown, level: number | null) {
  const matched = (assessment as { matchedRules?: StoredRule[] } | null)?.matchedRules ?? [];
  const levelOf = new Map(regime.rules.map((rule) => [rule.id, rule.level]));
  return matched
    .filter((rule) => level !== null && (rule.level ?? levelOf.get(rule.ruleId)) === level)
    .map((rule) => ({ ruleId: rule.ruleId, citation: rule.citation.vi, explanation: rule.explanation.vi }));
}

/** Requirement groups of the regime in order, with the status the dossier gives each (none: not implemented). */
function requirementRows(regime: Regime, content: ReturnType<typeof dossierContentSchema.parse>) {
  const statusOf = new Map(content.securityPlan.requirements.map((row) => [row.groupKey, row]));
  return (['management', 'technical'] as const).flatMap((kind) =>
    regime.requirementGroups[kind].map((group) => {
      const row = statusOf.get(group.key);
      return { group: group.name.vi, kind, status: row?.status ?? ('not' as const), note: row?.note ?? '' };
    }),
  );
}

/**
 * Fills one form from the dossier: the parties by their role, the systems with the rules that
 * gave their level, the content, and the number when the form has been issued.
 */
export function buildFormData(form: FormKey, sources: FormSources): FormData {
  const { record, regime, organisations } = sources;
  const definition = formDefinition(form);
  const roles = documentRoles(record);
  const organisationOf = (id: string) => organisations.get(id)!;
  const issuer = organisationOf(roles[definition.issuer]);
  // The review was parsed with dossierReviewSchema when the record was loaded (dossiers/queries.ts).
  const { review } = record.dossier;
  const content = dossierContentSchema.parse(record.dossier.content);
  const issued = issuedSymbolOf(record, form);
  const number: DocumentNumber = {
    number: null,
    typeCode:
      definition.numbering === 'submission'
        ? formDefinition(appraisalRequestOf(regime, record.dossier.proposedLevel)).typeCode
        : definition.typeCode,
    // The short name alone: the template adds a letter's drafting unit from the party, as issue-number.ts does.
    issuerCode: issuer.party.shortName,
    date: issued?.date ?? null,
    symbol: issued?.symbol ?? null,
  };
  const appraisal = review.appraisal
    ? {
        reference: review.appraisal.document
          ? { symbol: review.appraisal.document.documentNumber, date: review.appraisal.document.documentDate }
          : null,
        conclusions: review.appraisal.conclusions,
        comment: review.appraisal.comment,
      }
    : null;
  // The organisation's signer for this form (its head by default), except on an issued approval decision: the
  // approver who decided signs it.
  const signerName = form === 'approval-decision' && issued ? (review.decision?.byName ?? '') : signerOf(issuer, form);

  return {
    form,
    regime: { id: regime.id, name: regime.name.vi, legalBases: regime.legalBases, standard: regime.standard },
    dossierTitle: record.dossier.title,
    level: record.dossier.proposedLevel,
    systems: record.systems.map((system) => ({
      name: system.name,
      owner: system.owner.name,
      operator: record.operator.name,
      level: system.proposedLevel,
      rules: decidingRules(regime, system.assessment, system.proposedLevel),
    })),
    operator: organisationOf(roles.operator).party,
    owner: organisationOf(roles.owner).party,
    appraiser: organisationOf(roles.appraiser).party,
    approver: organisationOf(roles.approver).party,
    number,
    signature: { ...issuer.signature, signerName },
    submission: review.submission
      ? { symbol: review.submission.documentNumber, date: review.submission.documentDate }
      : null,
    appraisal,
    content: {
      overview: content.overview,
      design: content.design,
      levelExplanation: content.levelExplanation,
      riskIdentification: content.riskIdentification,
      securityPlan: content.securityPlan.parts,
      requirements: requirementRows(regime, content),
      highLevelAnalysis: content.highLevelAnalysis,
    },
    attachments: sources.attachmentNames,
  };
}
