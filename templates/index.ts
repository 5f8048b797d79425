export * from './document-model.js';
export * from './form-definition.js';
export * from './official-format.js';
export { formDefinitions, formDefinition } from './forms/index.js';
