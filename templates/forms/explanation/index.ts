import type { FormDefinition } from '../../form-definition.js';
import { explanationSample } from './sample.js';
import { explanationSchema } from './schema.js';
import { explanationTemplate } from './template.js';

/**
 * The explanation is a part of the dossier the submission sends, an annex of that letter, not a document issued
 * on its own: it has no number of its own (`numbering: 'submission'`), so `typeCode` is unused. The number in
 * its data is the submission's (TTr under nd85, none for the nd331 request letters), which its "(Kèm theo ...)"
 * line cites.
 */
export const explanation: FormDefinition<typeof explanationSchema> = {
  key: 'explanation',
  title: 'Thuyết minh hồ sơ đề xuất cấp độ',
  typeCode: '',
  numbering: 'submission',
  issuer: 'operator',
  schema: explanationSchema,
  template: explanationTemplate,
  sample: explanationSample,
};
