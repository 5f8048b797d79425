import Ajv2020 from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { JsonSchema } from './openapi-operations.js';

/**
 * Validates values against the OpenAPI document's schemas (JSON Schema 2020-12) with Ajv. Not strict: the
 * document carries OpenAPI's own keywords (discriminator) next to JSON Schema's. Each schema is compiled once.
 */
export class SchemaValidator {
  // ajv and ajv-formats are CommonJS whose `default` is also the module itself: `.default` types and runs.
  private readonly ajv = new Ajv2020.default({ strict: false, allErrors: false, validateFormats: true });
  private readonly compiled = new WeakMap<JsonSchema, ValidateFunction>();

  constructor() {
    addFormats.default(this.ajv);
  }

  /** null when the value matches; otherwise the first mismatch, "where: what" ("/items/0/id: must match format"). */
  mismatch(schema: JsonSchema, value: unknown): string | null {
    let validate = this.compiled.get(schema);
    if (!validate) {
      validate = this.ajv.compile(schema);
      this.compiled.set(schema, validate);
    }
    if (validate(value)) return null;
    const [first] = validate.errors ?? [];
    return first ? `${first.instancePath || '(root)'}: ${first.message ?? first.keyword}` : 'does not match';
  }
}
