import { dossierReviewSchema, type DossierReview } from '#shared/dossiers/dossier-review.schemas.js';
import { parseStored } from '../../db/parse-stored.js';
import { HttpError } from '../../http/http-error.js';

/**
 * A dossier's `review` as read from its row, checked against dossierReviewSchema: one that does
 * not match answers 500 naming the dossier and the place, never a page or a document drawn from
 * records half-understood.
 */
export const readReview = (dossier: { id: string; review: unknown }): DossierReview =>
  parseStored(
    dossierReviewSchema,
    dossier.review,
    { record: `dossier ${dossier.id}`, field: 'review' },
    (path) => new HttpError('malformed_dossier', undefined, { id: dossier.id, field: 'review', path }),
  );
