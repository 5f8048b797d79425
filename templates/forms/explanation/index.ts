import type { FormDefinition } from '../../form-definition.js';
import { explanationSample } from './sample.js';
import { explanationSchema } from './schema.js';
import { explanationTemplate } from './template.js';

/**
 * The explanation is a part of the dossier the submission sends, not a document issued on its own:
 * it takes the submission's number and date (`numbering: 'submission'`), so `typeCode` is unused —
 * the number in its data carries the submission's own type code (TTr under nd85, none for the nd331
 * request letters).
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
