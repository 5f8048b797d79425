import path from 'node:path';
import compression from 'compression';
import express, { type Express } from 'express';
import type { Background } from './background.js';
import type { DatabaseKind, Db } from './db/open-db.js';
import { runsWithDemoData } from './demo-mode.js';
import type { Env } from './env.js';
import { loadSession } from './http/authenticate.js';
import { apiNotFound, errorHandler } from './http/error-handler.js';
import { refuseDeepJson } from './http/json-depth.js';
import { securityHeaders } from './http/security-headers.js';
import { serveWeb } from './http/serve-web.js';
import { projectRoot } from './project-root.js';
import { adminSessionRoutes } from './modules/auth/admin-sessions.js';
import { auditRoutes } from './modules/audit/routes.js';
import { onboardingRoutes } from './modules/onboarding/routes.js';
import { authRoutes } from './modules/auth/routes.js';
import { calendarRoutes } from './modules/calendar/routes.js';
import { dossierRoutes } from './modules/dossiers/routes.js';
import { documentRoutes } from './modules/documents/routes.js';
import { regimeRoutes } from './modules/regimes/routes.js';
import { reportRoutes } from './modules/reports/routes.js';
import { dashboardRoutes } from './modules/reports/dashboard/routes.js';
import { designationRoutes } from './modules/designations/routes.js';
import { healthRoutes } from './modules/health/routes.js';
import { jobRoutes } from './modules/jobs/routes.js';
import { notificationRoutes, notificationStreamRoutes } from './modules/notifications/routes.js';
import { organisationRoutes } from './modules/organisations/routes.js';
import { systemRoutes } from './modules/systems/routes.js';
import { userRoutes } from './modules/users/routes.js';
import { buildOpenApi } from './openapi/build-openapi.js';
import { renderReferencePage } from './openapi/reference-page.js';

export const webDistDir = path.join(projectRoot, 'web', 'dist');

interface AppDeps {
  db: Db;
  databaseKind: DatabaseKind;
  env: Env;
  /** The jobs, notification events and e-mail of this process (server/background.ts). */
  background: Background;
  /** Serve the built web app from this folder (default web/dist; false for an API-only app). */
  webDist?: string | false;
}

/** The whole HTTP surface, in middleware order. */
export function createApp({ db, databaseKind, env, background, webDist = webDistDir }: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  // Every API answer is no-store, so a browser never asks again with an ETag: express's (a SHA-1 of each body) is
  // work for nothing. Files set their own (file-response.ts), and static files theirs (serve-static).
  app.set('etag', false);
  app.set('trust proxy', env.TRUST_PROXY);
  app.set('query parser', 'simple');
  app.use(securityHeaders(env));
  app.use(compression());

  const api = express.Router();
  // Contracts carry full paths (/api/...), so the router is mounted at the root and its
  // middleware is limited to /api: static files never touch the session table.
  // Size and depth are both bounded before JSON.parse: nothing after it walks a hostile body.
  api.use('/api', express.json({ limit: '1mb', verify: refuseDeepJson }));
  api.use('/api', (_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  // Before the session middleware, which would count the bell's stream as the person's activity
  // (server/modules/notifications/routes.ts).
  api.use(notificationStreamRoutes(db, env, background));
  api.use('/api', loadSession(db, env));
  api.use(healthRoutes(db, databaseKind, runsWithDemoData(env, databaseKind)));
  api.use(authRoutes(db, env));
  api.use(userRoutes(db, env, background.mailer));
  api.use(adminSessionRoutes(db));
  api.use(organisationRoutes(db));
  api.use(designationRoutes(db));
  api.use(systemRoutes(db));
  // Documents first: "/api/dossiers/:id/documents.zip" must not reach a dossier route.
  api.use(documentRoutes(db, background));
  api.use(dossierRoutes(db, background));
  api.use(regimeRoutes(db));
  api.use(calendarRoutes(db));
  api.use(reportRoutes(db));
  api.use(dashboardRoutes(db));
  api.use(auditRoutes(db, env));
  api.use(onboardingRoutes(db));
  api.use(jobRoutes(db, env, background));
  api.use(notificationRoutes(db, background));
  // Built at the first request, not at start-up: converting every contract's schemas takes a third of a second.
  let openApi: ReturnType<typeof buildOpenApi> | undefined;
  api.get('/api/openapi.json', (_req, res) => void res.json((openApi ??= buildOpenApi())));
  let reference: string | undefined;
  api.get('/api/docs', (_req, res) => void res.type('html').send((reference ??= renderReferencePage())));
  api.use('/api', apiNotFound);
  app.use(api);

  if (webDist) serveWeb(app, webDist);
  app.use(errorHandler);
  return app;
}
