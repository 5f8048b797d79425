import type { z } from 'zod';
import type { FormData } from '#shared/documents/form-data.schemas.js';
import type { FormKey } from '#shared/regimes/regime.schemas.js';
import type { DocumentModel } from './document-model.js';

/** Any form's schema: a pick of the shared form data. */
export type FormSchema = z.ZodType<Partial<FormData>>;

/**
 * One form: its data schema (a pick of the shared form data), a pure template and a sample.
 * The registry in forms/index.ts lists them; the server and the tests only go through it:
 * parse the data with `schema`, then hand the result to `template`.
 */
export interface FormDefinition<S extends FormSchema = FormSchema> {
  key: FormKey;
  /** The title people see in lists: "Quyết định phê duyệt cấp độ". */
  title: string;
  /** Decree 30 type code of the issued document; '' for a letter (công văn). */
  typeCode: string;
  /**
   * Where the number in `data.number` comes from: 'own', the issuer's register (with `typeCode`);
   * 'submission', the number and date of the submission the document is sent with (the explanation
   * is an annex of that letter, not a document issued on its own: it shows no number line and cites the
   * letter's number and date in its "(Kèm theo ...)" line).
   */
  numbering: 'own' | 'submission';
  /** Who issues it, and so whose register numbers it and whose header it carries. */
  issuer: 'operator' | 'owner' | 'appraiser' | 'approver';
  schema: S;
  /**
   * Pure: the same data gives the same model. `draftYear` fills the blank date of a draft. Give it what
   * `schema.parse` returned (a complete FormData also fits, since the template reads only its picks).
   * Declared as a method so that every form, whose template reads a narrower pick, still fits the
   * registry's `FormDefinition` without a cast (method parameters are compared both ways).
   */
  template(data: z.infer<S>, draftYear: number): DocumentModel;
  /** A complete example used by tests, the preview and the benchmark. */
  sample: FormData;
}
