import type { DocumentReference } from '#shared/documents/form-data.schemas.js';
import { referenceText } from '../official-parts.js';

/**
 * A submission named by its kind, read from its symbol: nd85 and the approval request send a
 * Tờ trình ("12/TTr-TTDVNN"), the nd331 request forms are letters ("35/TTPVHCC"). Reading the symbol
 * keeps the wording right whichever form sent the dossier.
 */
export const submissionReferenceText = (reference: DocumentReference) =>
  referenceText(/\/TTr-/u.test(reference.symbol) ? 'Tờ trình' : 'Văn bản', reference);
