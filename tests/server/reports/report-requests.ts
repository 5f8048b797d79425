import { SESSION_COOKIE } from '#server/http/authenticate.js';
import type { ApiClient } from '../../support/http-client.js';

/** A report downloaded as bytes with the client's session (the JSON client reads bodies as text). */
export async function downloadReport(client: ApiClient, path: string, query: Record<string, string>) {
  const url = new URL(path, client.baseUrl);
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  const res = await fetch(url, { headers: { cookie: `${SESSION_COOKIE}=${client.cookie}` } });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}

export const COMPLIANCE = '/api/reports/compliance';
export const ANNUAL = '/api/reports/annual';
