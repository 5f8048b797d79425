import type { FormDefinition } from '../../form-definition.js';
import { form03Sample } from './sample.js';
import { form03Schema } from './schema.js';
import { form03Template } from './template.js';

export const form03: FormDefinition<typeof form03Schema> = {
  key: 'form-03',
  title: 'Văn bản đề nghị cho ý kiến chuyên môn về hồ sơ đề xuất cấp độ (Mẫu 03)',
  typeCode: '',
  numbering: 'own',
  issuer: 'operator',
  schema: form03Schema,
  template: form03Template,
  sample: form03Sample,
};
