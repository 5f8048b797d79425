import type { FormData } from '#shared/documents/form-data.schemas.js';
import { sampleFormData } from '../sample-data.js';

/** The Sở's decision approving the Trung tâm's system at level 2, numbered 05/QĐ-STTTT. */
export const approvalDecisionSample: FormData = { ...sampleFormData, form: 'approval-decision' };
