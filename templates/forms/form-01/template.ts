import type { z } from 'zod';
import type { DocumentModel } from '../../document-model.js';
import { dossierParts } from '../dossier-parts.js';
import { dossierPrepared, submissionLetter } from '../submission-letter.js';
import { systemsSubject } from '../systems-text.js';
import type { form01Schema } from './schema.js';

type Data = z.infer<typeof form01Schema>;

/**
 * nd331 form 01, levels 1-2: the operator asks the designated unit to appraise and approve, both at
 * once, since at these levels the designated unit does both (docs/domain.md#who-appraises-and-approves).
 * A letter (công văn).
 */
export function form01Template(data: Data, draftYear: number): DocumentModel {
  const { operator, appraiser } = data;
  return submissionLetter(
    data,
    {
      fileName: 'mau-01-de-nghi-tham-dinh-phe-duyet-ho-so-de-xuat-cap-do',
      title:
        'Văn bản đề nghị thẩm định, phê duyệt hồ sơ đề xuất cấp độ - ' +
        `${systemsSubject(data.systems, operator.name)}`,
      kind: { letterSubject: 'V/v đề nghị thẩm định, phê duyệt hồ sơ đề xuất cấp độ' },
      addressees: [appraiser],
      opening:
        `${dossierPrepared(data)} ${operator.name} đề nghị ${appraiser.name} thẩm định, phê duyệt hồ sơ với ` +
        'các nội dung sau:',
      parts: dossierParts(data, 'attached'),
      request:
        `${operator.name} đề nghị ${appraiser.name} xem xét, thẩm định và phê duyệt cấp độ an toàn hệ thống ` +
        'thông tin đối với hồ sơ nêu trên theo quy định',
    },
    draftYear,
  );
}
