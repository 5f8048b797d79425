import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from '#server/app.js';
import { startBackground } from '#server/background.js';
import { openDb, type Db } from '#server/db/open-db.js';
import { parseEnv } from '#server/env.js';
import { seedDemo } from '../../drizzle/seed/seed-demo.js';

const webDist = fileURLToPath(new URL('../../web/dist', import.meta.url));

export interface RunningApp {
  baseUrl: string;
  db: Db;
  close(): Promise<void>;
}

/** The real app on a fresh demo-seeded PGlite in a temp folder, listening on a free port. */
export async function startApp(): Promise<RunningApp> {
  if (!existsSync(path.join(webDist, 'index.html'))) {
    throw new Error(
      `${webDist}/index.html is missing: run npm run build first (npx vite build --config web/vite.config.ts).`,
    );
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'capdo-e2e-db-'));
  const opened = await openDb({ dataDir });
  const { db, kind, close } = opened;
  try {
    await seedDemo(db);
  } catch (error) {
    await close();
    throw error;
  }
  const env = parseEnv({ JOBS_POLL_SECONDS: '0.5' });
  const background = await startBackground(opened, env);
  const app = createApp({ db, databaseKind: kind, env, background, webDist });
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    db,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await background.stop();
      await close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
