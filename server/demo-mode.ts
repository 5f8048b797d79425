import type { DatabaseKind } from './db/open-db.js';
import type { Env } from './env.js';

/**
 * Whether this server runs with the Yên Định demo data: SEED_DEMO=true, or left to auto on the embedded
 * database (a trial install). main.ts seeds it then, and the login page may point at the demo accounts.
 */
export const runsWithDemoData = (env: Pick<Env, 'SEED_DEMO'>, kind: DatabaseKind): boolean =>
  env.SEED_DEMO === 'true' || (env.SEED_DEMO === 'auto' && kind === 'pglite');
