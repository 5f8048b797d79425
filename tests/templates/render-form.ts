import type { FormData } from '#shared/documents/form-data.schemas.js';
import type { FormKey } from '#shared/regimes/regime.schemas.js';
import type { Block, DocumentModel } from '#templates/document-model.js';
import { formDefinition } from '#templates/forms/index.js';
import { modelText } from './model-text.js';

/** The year a draft's blank date shows. */
export const draftYear = 2026;

/** What the server does: parse the data with the form's schema, then fill the template. */
export function render(key: FormKey, data: FormData = formDefinition(key).sample): DocumentModel {
  const definition = formDefinition(key);
  return definition.template(definition.schema.parse({ ...data, form: key }), draftYear);
}

export const textOf = (key: FormKey, data?: FormData) => modelText(render(key, data));

export const blocksOf = <K extends Block['kind']>(model: DocumentModel, kind: K) =>
  model.blocks.filter((block): block is Extract<Block, { kind: K }> => block.kind === kind);

/** The sample of a form with its number and date taken away: a draft. */
export const asDraft = (key: FormKey): FormData => {
  const sample = formDefinition(key).sample;
  return { ...sample, number: { ...sample.number, number: null, date: null, symbol: null } };
};
