import type { z } from 'zod';
import type { DocumentModel } from '../../document-model.js';
import { dossierParts } from '../dossier-parts.js';
import { dossierPrepared, submissionLetter } from '../submission-letter.js';
import { systemsSubject } from '../systems-text.js';
import type { form02Schema } from './schema.js';

type Data = z.infer<typeof form02Schema>;

/**
 * nd331 form 02, levels 3-5: the request for appraisal only (the owner approves afterwards). It goes to
 * whoever appraises at the dossier's level: the designated unit at level 3, the Ministry of Public
 * Security at levels 4-5 (docs/domain.md#who-appraises-and-approves) — `appraiser` names that body.
 * A letter (công văn).
 */
export function form02Template(data: Data, draftYear: number): DocumentModel {
  const { operator, appraiser } = data;
  return submissionLetter(
    data,
    {
      fileName: 'mau-02-de-nghi-tham-dinh-ho-so-de-xuat-cap-do',
      title: `Văn bản đề nghị thẩm định hồ sơ đề xuất cấp độ - ${systemsSubject(data.systems, operator.name)}`,
      kind: { letterSubject: 'V/v đề nghị thẩm định hồ sơ đề xuất cấp độ' },
      addressees: [appraiser],
      opening:
        `${dossierPrepared(data)} ${operator.name} đề nghị ${appraiser.name} thẩm định hồ sơ với các nội dung ` +
        'sau:',
      parts: dossierParts(data, 'attached'),
      request:
        `${operator.name} đề nghị ${appraiser.name} xem xét, thẩm định hồ sơ đề xuất cấp độ nêu trên theo quy ` +
        'định',
    },
    draftYear,
  );
}
