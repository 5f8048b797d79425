import { defaultRegimes } from '#shared/regimes/regimes.js';
import { regimeSchema, type Regime, type RegimeId } from '#shared/regimes/regime.schemas.js';
import type { Db } from '../../db/open-db.js';
import { regimeSettings } from '../../db/schema/index.js';

export type Regimes = Record<RegimeId, Regime>;

/**
 * The regimes in force: the shipped defaults with an administrator's saved corrections on top.
 * Read per request (one small query), so every server process sees a correction at once.
 */
export async function loadRegimes(db: Db): Promise<Regimes> {
  const rows = await db.select().from(regimeSettings);
  const regimes: Regimes = { ...defaultRegimes };
  for (const row of rows) {
    const parsed = regimeSchema.safeParse(row.data);
    if (parsed.success && parsed.data.id === row.regimeId) regimes[parsed.data.id] = parsed.data;
  }
  return regimes;
}
