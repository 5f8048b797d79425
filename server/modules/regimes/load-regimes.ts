import { defaultRegimes } from '#shared/regimes/regimes.js';
import { regimeSchema, type Regime, type RegimeId } from '#shared/regimes/regime.schemas.js';
import type { Db, Tx } from '../../db/open-db.js';
import { readReference } from '../../db/reference-cache.js';
import { regimeSettings } from '../../db/schema/index.js';

export type Regimes = Record<RegimeId, Regime>;

/**
 * The regimes in force: the shipped defaults with an administrator's saved corrections on top. Read from the
 * database, or with a request's reference version (Actor.referenceVersion) once per version, so every server process
 * sees a correction from its next request on (server/db/reference-cache.ts). Shared: never changed by a caller.
 */
export function loadRegimes(db: Db | Tx, referenceVersion?: number): Promise<Regimes> {
  return readReference(db, referenceVersion, 'regimes', () => readRegimes(db));
}

async function readRegimes(db: Db | Tx): Promise<Regimes> {
  const rows = await db.select().from(regimeSettings);
  const regimes: Regimes = { ...defaultRegimes };
  for (const row of rows) {
    const parsed = regimeSchema.safeParse(row.data);
    if (parsed.success && parsed.data.id === row.regimeId) regimes[parsed.data.id] = parsed.data;
  }
  return regimes;
}
