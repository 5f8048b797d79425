import type { FuzzRequest } from './fuzz-request.js';
import type { JsonSchema } from './openapi-operations.js';
import type { SchemaValidator } from './schema-validator.js';

/**
 * What every answer must satisfy, named after Schemathesis's checks where one exists:
 *  - not_a_server_error: no 5xx;
 *  - status_code_conformance: the status is declared for the operation, or a generic error status;
 *  - content_type_conformance: a declared JSON answer is JSON; a declared file is not;
 *  - response_schema_conformance: a JSON answer matches the schema declared for its status;
 *  - error_shape: every 4xx is `{ error: { code, message, issues? } }`;
 *  - negative_data_rejection: a request that breaks its schemas is not answered 2xx;
 *  - ignored_auth: without the session cookie an authenticated operation answers 401;
 *  - csrf: a state-changing request without x-csrf-token answers 403.
 */

export interface Answer {
  status: number;
  contentType: string;
  /** The parsed body when the answer is JSON; `unparsable` when it says JSON but is not */
  json?: unknown;
  unparsable?: boolean;
  text: string;
}

export interface Problem {
  check: string;
  detail: string;
}

export interface CheckContext {
  validator: SchemaValidator;
  errorSchema: JsonSchema;
  genericErrorStatuses: readonly number[];
}

/** The media type without its parameters: "text/csv; charset=utf-8" is text/csv. */
const essenceOf = (contentType: string) => contentType.split(';')[0]!.trim().toLowerCase();
const isJson = (contentType: string) => /^application\/(.+\+)?json\b/.test(contentType);

function expectationProblem(request: FuzzRequest, status: number): Problem | null {
  const success = status >= 200 && status < 300;
  if (request.expectation === 'noSession' && status !== 401)
    return { check: 'ignored_auth', detail: `answered ${status} without a session, not 401` };
  if (request.expectation === 'noCsrf' && status !== 403)
    return { check: 'csrf', detail: `answered ${status} without x-csrf-token, not 403` };
  if (request.expectation === 'invalid' && success)
    return { check: 'negative_data_rejection', detail: `answered ${status} to input its schemas refuse` };
  return null;
}

function bodyProblems(
  answer: Answer,
  declared: Map<string, JsonSchema | undefined> | undefined,
  context: CheckContext,
) {
  const problems: Problem[] = [];
  const isError = answer.status >= 400;
  if (answer.unparsable)
    return [{ check: 'content_type_conformance', detail: `says ${answer.contentType} but is not JSON` }];
  if (isError) {
    if (answer.json === undefined)
      return [{ check: 'error_shape', detail: `${answer.status} answered ${answer.contentType || 'no content type'}` }];
    const mismatch = context.validator.mismatch(context.errorSchema, answer.json);
    if (mismatch) problems.push({ check: 'error_shape', detail: mismatch });
  }
  if (!declared) return problems;
  const jsonSchema = declared.get('application/json');
  // application/octet-stream declares "a file" of any type; otherwise the answer's own type must be listed.
  const declaresFile = declared.has('application/octet-stream') || declared.has(essenceOf(answer.contentType));
  if (answer.json !== undefined) {
    if (!declared.has('application/json'))
      problems.push({
        check: 'content_type_conformance',
        detail: `JSON where ${[...declared.keys()].join(', ')} is declared`,
      });
    else if (jsonSchema && !isError) {
      const mismatch = context.validator.mismatch(jsonSchema, answer.json);
      if (mismatch) problems.push({ check: 'response_schema_conformance', detail: mismatch });
    }
  } else if (!declaresFile && declared.size > 0) {
    problems.push({
      check: 'content_type_conformance',
      detail: `${answer.contentType || 'no content type'} where ${[...declared.keys()].join(', ')} is declared`,
    });
  }
  return problems;
}

export function problemsWith(request: FuzzRequest, answer: Answer, context: CheckContext): Problem[] {
  const { status } = answer;
  if (status >= 500) return [{ check: 'not_a_server_error', detail: `${status}: ${answer.text.slice(0, 300)}` }];
  const problems: Problem[] = [];
  const declared = request.operation.responses.get(status);
  if (!declared && !context.genericErrorStatuses.includes(status))
    problems.push({
      check: 'status_code_conformance',
      detail: `${status} is not among ${[...request.operation.responses.keys()].join(', ')}`,
    });
  const expected = expectationProblem(request, status);
  if (expected) problems.push(expected);
  problems.push(...bodyProblems(answer, declared, context));
  return problems;
}

/** Reads an answer: JSON parsed when it says JSON, files kept only as their length. */
export async function readAnswer(response: Response): Promise<Answer> {
  const contentType = response.headers.get('content-type') ?? '';
  if (essenceOf(contentType) === 'text/event-stream') {
    // A stream of server-sent events stays open until the server ends it: its first chunk is the answer, then the
    // fuzzer hangs up (as a closed browser tab does).
    const reader = response.body?.getReader();
    const first = reader ? await reader.read() : undefined;
    await reader?.cancel();
    const text = first?.value ? new TextDecoder().decode(first.value) : '';
    return { status: response.status, contentType, text };
  }
  if (!isJson(contentType)) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { status: response.status, contentType, text: `<${bytes.length} bytes of ${contentType}>` };
  }
  const text = await response.text();
  try {
    return { status: response.status, contentType, text, json: JSON.parse(text) as unknown };
  } catch {
    return { status: response.status, contentType, text, unparsable: true };
  }
}
