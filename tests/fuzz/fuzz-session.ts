import { encodedBody, urlOf, type FuzzRequest } from './fuzz-request.js';
import { readAnswer, type Answer } from './response-checks.js';
import type { IdSource } from './schema-arbitrary.js';

/**
 * One logged-in session against the server (the cookie and CSRF token a browser tab keeps), and the ids the
 * fuzzer has seen, so that generated requests reach real records and not only the 404 branch.
 */
export class FuzzSession {
  private constructor(
    readonly baseUrl: string,
    private readonly cookie: string,
    private readonly csrfToken: string,
    private readonly timeoutMs: number,
  ) {}

  /** Logs in once: the login throttle counts every attempt, so the run keeps this session throughout. */
  static async login(baseUrl: string, account: { username: string; password: string }, timeoutMs: number) {
    const response = await fetch(new URL('/api/auth/login', baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(account),
    });
    const body = (await response.json()) as { csrfToken?: string };
    const cookie = response.headers
      .getSetCookie()
      .map((line) => line.split(';')[0]!)
      .find((pair) => pair.startsWith('capdo_session='));
    if (response.status !== 200 || !cookie || !body.csrfToken)
      throw new Error(`login as ${account.username} answered ${response.status}: ${JSON.stringify(body)}`);
    return new FuzzSession(baseUrl, cookie, body.csrfToken, timeoutMs);
  }

  async get(path: string): Promise<unknown> {
    const response = await fetch(new URL(path, this.baseUrl), { headers: { cookie: this.cookie } });
    if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`);
    return response.json();
  }

  /** Sends the request as built (a left-out credential stays out); a timeout or a dropped connection is thrown. */
  async send(request: FuzzRequest): Promise<Answer> {
    const headers: Record<string, string> = { accept: 'application/json, */*' };
    if (request.expectation !== 'noSession') headers.cookie = this.cookie;
    if (request.operation.method !== 'GET' && request.expectation !== 'noCsrf' && request.expectation !== 'noSession')
      headers['x-csrf-token'] = this.csrfToken;
    const { payload, contentType } = encodedBody(request.body);
    if (contentType) headers['content-type'] = contentType;
    const response = await fetch(urlOf(this.baseUrl, request), {
      method: request.operation.method,
      headers,
      ...(payload === undefined ? {} : { body: payload }),
      redirect: 'manual',
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    return readAnswer(response);
  }
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The resource a path lists or returns: its last literal segment (/api/dossiers/{id}/attachments: attachments). */
const resourceOf = (pathTemplate: string) =>
  pathTemplate
    .split('/')
    .filter((segment) => segment && !segment.startsWith('{'))
    .pop() ?? '';

/** Which known ids suit a field or parameter, by its name. */
function resourceForField(field: string): string | undefined {
  const name = field.toLowerCase();
  if (name.includes('organisation') || name === 'parentid' || name === 'under') return 'organisations';
  if (name.includes('system')) return 'systems';
  if (name.includes('dossier')) return 'dossiers';
  if (name.includes('attachment')) return 'attachments';
  if (name.includes('export')) return 'document-exports';
  return undefined;
}

export class IdPool {
  private readonly byResource = new Map<string, Set<string>>();

  add(resource: string, id: unknown): void {
    if (typeof id !== 'string' || !uuid.test(id)) return;
    let ids = this.byResource.get(resource);
    if (!ids) this.byResource.set(resource, (ids = new Set()));
    ids.add(id);
  }

  /** The ids of a list or record answer: its own id, or its items' ids. */
  harvest(pathTemplate: string, json: unknown): void {
    if (!json || typeof json !== 'object') return;
    const resource = resourceOf(pathTemplate);
    const record = json as { id?: unknown; items?: unknown };
    this.add(resource, record.id);
    if (Array.isArray(record.items))
      for (const item of record.items as Array<{ id?: unknown }>) this.add(resource, item?.id);
  }

  /** Reads the lists the demo starts with, and the attachments of a few dossiers. */
  async discover(session: FuzzSession): Promise<void> {
    for (const path of ['/api/organisations', '/api/systems', '/api/dossiers'])
      this.harvest(path, await session.get(`${path}?limit=500`));
    for (const dossierId of [...(this.byResource.get('dossiers') ?? [])].slice(0, 8))
      this.harvest('/api/dossiers/{id}/attachments', await session.get(`/api/dossiers/${dossierId}/attachments`));
  }

  /** In the order they were seen, so a seed picks the same record each run on the same demo. */
  readonly source: IdSource = (field) => {
    const resource = this.byResource.has(field) ? field : resourceForField(field);
    if (resource) return [...(this.byResource.get(resource) ?? [])];
    return [...this.byResource.values()].flatMap((ids) => [...ids]);
  };

  get counts(): Record<string, number> {
    return Object.fromEntries([...this.byResource].map(([resource, ids]) => [resource, ids.size]));
  }
}
