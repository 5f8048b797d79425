import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import { createApp } from '#server/app.js';
import { startBackground, type Background } from '#server/background.js';
import type { DatabaseKind, Db } from '#server/db/open-db.js';
import { parseEnv, type Env } from '#server/env.js';
import { ApiClient } from './http-client.js';
import { DEMO_PASSWORD } from '../../drizzle/seed/yen-dinh.data.js';
import { openTestDb, type TestDb } from './test-database.js';

export type EnvOverrides = Partial<Record<keyof Env, string>>;

export interface RunningApp {
  baseUrl: string;
  env: Env;
  /** Its jobs, notification events and e-mail, as a server process's (server/background.ts). */
  background: Background;
  /** The Express application itself (to read its routes). */
  express: Express;
  close(): Promise<void>;
}

/**
 * Background queues are looked at every half second in tests, not every two seconds; and the schedules (the
 * reminders and digests of the real day) do not fire in the middle of a test: tests run them when they need to.
 */
const testTiming = { JOBS_POLL_SECONDS: '0.5', JOBS_MAINTENANCE_SECONDS: '2', JOBS_SCHEDULES: 'false' };

/** Starts createApp() on port 0 over an open database, with its background work; API only (no web build). */
async function startApp(testDb: TestDb, overrides: EnvOverrides = {}): Promise<RunningApp> {
  const env = parseEnv({ SERVE_WEB: 'false', ...testTiming, ...overrides });
  const background = await startBackground(testDb, env);
  const app = createApp({ db: testDb.db, databaseKind: testDb.kind, env, background, webDist: false });
  const server = await new Promise<Server>((resolve, reject) => {
    const listening = app.listen(0, '127.0.0.1', (error?: Error) => (error ? reject(error) : resolve(listening)));
  });
  // Idle connections stay open a minute: with the default 5 s, on a busy machine the server could close
  // one just as the client reuses it, and the request would fail with ECONNRESET.
  server.keepAliveTimeout = 60_000;
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    env,
    background,
    express: app,
    close: async () => {
      await new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      });
      await background.stop();
    },
  };
}

export interface TestApp {
  db: Db;
  kind: DatabaseKind;
  baseUrl: string;
  env: Env;
  /** The main app's jobs, notification events and e-mail. */
  background: Background;
  /** The Express application itself (to read its routes). */
  express: Express;
  /** Another app instance (as another server process would be) on the same database. */
  startAnother(overrides?: EnvOverrides): Promise<RunningApp>;
  /** A client without a session. */
  anonymous(options?: { acceptLanguage?: string }): ApiClient;
  /** A client logged in as a (demo) user; fails the test when the login does not succeed. */
  loginAs(username: string, password?: string): Promise<ApiClient>;
  /** One shared logged-in client per user for this file (a login costs a scrypt hash); do not log it out. */
  as(username: string, password?: string): Promise<ApiClient>;
  close(): Promise<void>;
}

/**
 * One private copy of the demo database (PGlite or PostgreSQL, per vitest project) and one app
 * on it. Call in beforeAll and close in afterAll.
 */
export async function setupTestApp(overrides: EnvOverrides = {}): Promise<TestApp> {
  const testDb = await openTestDb();
  const others: RunningApp[] = [];
  let main: RunningApp;
  try {
    main = await startApp(testDb, overrides);
  } catch (error) {
    await testDb.close();
    throw error;
  }
  const shared = new Map<string, Promise<ApiClient>>();
  const loginAs = (username: string, password = DEMO_PASSWORD) => ApiClient.loginAs(main.baseUrl, username, password);
  return {
    db: testDb.db,
    kind: testDb.kind,
    baseUrl: main.baseUrl,
    env: main.env,
    background: main.background,
    express: main.express,
    async startAnother(more = {}) {
      const other = await startApp(testDb, { ...overrides, ...more });
      others.push(other);
      return other;
    },
    anonymous: (options = {}) => new ApiClient(main.baseUrl, options),
    loginAs,
    as(username, password) {
      let client = shared.get(username);
      if (!client) shared.set(username, (client = loginAs(username, password)));
      return client;
    },
    async close() {
      await Promise.all([main.close(), ...others.map((other) => other.close())]);
      await testDb.close();
    },
  };
}
