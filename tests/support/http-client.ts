import { SESSION_COOKIE } from '#server/http/authenticate.js';

export interface ApiResponse {
  status: number;
  headers: Headers;
  /** The parsed JSON body (undefined when the body is not JSON). Loosely typed on purpose: tests assert on it. */
  json: any;
  text: string;
  /** The body's bytes, for files. */
  bytes: Buffer;
}

interface RequestOptions {
  body?: unknown;
  /** Sent as is instead of JSON.stringify(body). */
  rawBody?: string;
  /** A file sent as the raw body (application/octet-stream unless a content-type header says otherwise). */
  bytes?: Uint8Array;
  query?: Record<string, string | number | undefined>;
  headers?: Record<string, string>;
  /** The x-csrf-token to send: the session's (default), another value, or none (false). */
  csrf?: string | false;
}

/** A minimal HTTP client that keeps the session cookie and CSRF token the way a browser tab would. */
export class ApiClient {
  cookie: string | undefined;
  csrfToken: string | undefined;
  user: { id: string; username: string; memberships: Array<{ organisationId: string; role: string }> } | undefined;

  constructor(
    readonly baseUrl: string,
    readonly options: { acceptLanguage?: string } = {},
  ) {}

  static async loginAs(baseUrl: string, username: string, password: string): Promise<ApiClient> {
    const client = new ApiClient(baseUrl);
    const res = await client.login(username, password);
    if (res.status !== 200) throw new Error(`login as ${username} answered ${res.status}: ${res.text}`);
    return client;
  }

  /** The same session used against another server (e.g. a second app on the same database). */
  against(baseUrl: string): ApiClient {
    const copy = new ApiClient(baseUrl, this.options);
    Object.assign(copy, { cookie: this.cookie, csrfToken: this.csrfToken, user: this.user });
    return copy;
  }

  async login(username: string, password: string): Promise<ApiResponse> {
    const res = await this.post('/api/auth/login', { body: { username, password }, csrf: false });
    if (res.status === 200) {
      this.csrfToken = res.json.csrfToken;
      this.user = res.json.user;
    }
    return res;
  }

  get = (path: string, options: RequestOptions = {}) => this.request('GET', path, options);
  post = (path: string, options: RequestOptions = {}) => this.request('POST', path, options);
  patch = (path: string, options: RequestOptions = {}) => this.request('PATCH', path, options);

  async request(method: string, path: string, options: RequestOptions = {}): Promise<ApiResponse> {
    const url = new URL(path, this.baseUrl);
    for (const [key, value] of Object.entries(options.query ?? {})) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
    const headers: Record<string, string> = { accept: 'application/json', ...(options.headers ?? {}) };
    if (this.options.acceptLanguage) headers['accept-language'] = this.options.acceptLanguage;
    if (this.cookie) headers.cookie = `${SESSION_COOKIE}=${this.cookie}`;
    const csrf = options.csrf === undefined ? this.csrfToken : options.csrf;
    if (csrf && method !== 'GET') headers['x-csrf-token'] = csrf;
    let body: string | Uint8Array<ArrayBuffer> | undefined;
    if (options.bytes !== undefined) {
      body = new Uint8Array(options.bytes);
      headers['content-type'] ??= 'application/octet-stream';
    } else if (options.rawBody !== undefined) body = options.rawBody;
    else if (options.body !== undefined) body = JSON.stringify(options.body);
    if (body !== undefined) headers['content-type'] ??= 'application/json';

    const res = await fetch(url, { method, headers, body, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const index = pair!.indexOf('=');
      if (pair!.slice(0, index).trim() !== SESSION_COOKIE) continue;
      const value = decodeURIComponent(pair!.slice(index + 1).trim());
      this.cookie = value || undefined;
    }
    const bytes = Buffer.from(await res.arrayBuffer());
    const text = bytes.toString('utf8');
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, headers: res.headers, json, text, bytes };
  }
}
