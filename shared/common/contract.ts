import { z } from 'zod';

export type HttpMethod = 'get' | 'post' | 'patch' | 'put' | 'delete';

/**
 * One endpoint, declared once. The server mounts it (validating params, query and body
 * with these schemas), the OpenAPI document is generated from it, and the web app's
 * API client reads its path and response type from it.
 */
export interface Contract<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
> {
  method: HttpMethod;
  /** Express-style path, e.g. /api/systems/:id */
  path: string;
  summary: string;
  tag: string;
  /** false only for the few endpoints that work without a session */
  auth: boolean;
  params?: P;
  query?: Q;
  body?: B;
  response: R;
  /** success status, 200 unless said */
  status?: number;
  /** The request body or the response is a file (raw bytes), not JSON. */
  binary?: 'request' | 'response';
  /** Media types of the files a JSON endpoint answers instead when asked for one (format=csv, xlsx …). */
  files?: readonly string[];
  /**
   * The answer is a stream of server-sent events (text/event-stream) that stays open, not one JSON value: the
   * `data` of each event is JSON of `response`'s shape, and its `event` is this name.
   */
  eventStream?: string;
}

/**
 * The response of an endpoint that answers only a file (with binary: 'response'): raw bytes, so no JSON
 * value matches, and the server's handler for it can return nothing but a file.
 */
export const fileResponseSchema = z.never().describe('The file itself');

export const defineContract = <P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, R extends z.ZodType>(
  contract: Contract<P, Q, B, R>,
) => contract;

export { pathOf } from './contract-path.js';
