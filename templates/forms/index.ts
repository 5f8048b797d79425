import type { FormKey } from '#shared/regimes/regime.schemas.js';
import type { FormDefinition } from '../form-definition.js';
import { appraisalOpinion } from './appraisal-opinion/index.js';
import { approvalDecision } from './approval-decision/index.js';
import { explanation } from './explanation/index.js';
import { form01 } from './form-01/index.js';
import { form02 } from './form-02/index.js';
import { form03 } from './form-03/index.js';
import { form07 } from './form-07/index.js';
import { submissionAppraisal } from './submission-appraisal/index.js';
import { submissionApproval } from './submission-approval/index.js';

/** Every form, by key; a key without a form (or a form without a key) fails the type-check. */
export const formDefinitions = {
  'submission-appraisal': submissionAppraisal,
  explanation,
  'appraisal-opinion': appraisalOpinion,
  'submission-approval': submissionApproval,
  'approval-decision': approvalDecision,
  'form-01': form01,
  'form-02': form02,
  'form-03': form03,
  'form-07': form07,
} satisfies Record<FormKey, FormDefinition>;

/** The form of a key, its template taking any complete FormData (parse it with `schema` first). */
export const formDefinition = (key: FormKey): FormDefinition => formDefinitions[key];
