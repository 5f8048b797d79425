import type { z } from 'zod';
import type { DocumentModel } from '../../document-model.js';
import { dossierParts } from '../dossier-parts.js';
import { dossierPrepared, submissionLetter } from '../submission-letter.js';
import { systemsSubject } from '../systems-text.js';
import type { form03Schema } from './schema.js';

type Data = z.infer<typeof form03Schema>;

/**
 * nd331 form 03, levels 4-5: before the dossier goes to the external appraiser, the operator asks the
 * designated unit (`appraiser` here) for its professional opinion (docs/domain.md#dossier-workflow). A letter.
 */
export function form03Template(data: Data, draftYear: number): DocumentModel {
  const { operator, appraiser } = data;
  return submissionLetter(
    data,
    {
      fileName: 'mau-03-de-nghi-cho-y-kien-chuyen-mon-ho-so-de-xuat-cap-do',
      title:
        'Văn bản đề nghị cho ý kiến chuyên môn về hồ sơ đề xuất cấp độ - ' +
        `${systemsSubject(data.systems, operator.name)}`,
      kind: { letterSubject: 'V/v đề nghị cho ý kiến chuyên môn về hồ sơ đề xuất cấp độ' },
      addressees: [appraiser],
      opening:
        `${dossierPrepared(data)} Để hoàn thiện hồ sơ trước khi đề nghị thẩm định, ${operator.name} đề nghị ` +
        `${appraiser.name} cho ý kiến chuyên môn về hồ sơ với các nội dung sau:`,
      parts: dossierParts(data, 'requested'),
      request:
        `${operator.name} đề nghị ${appraiser.name} xem xét, cho ý kiến chuyên môn về hồ sơ đề xuất cấp độ ` +
        'nêu trên',
    },
    draftYear,
  );
}
