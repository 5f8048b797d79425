import type { Actor } from './actor.js';
import { roleGrants } from './permissions.js';

/**
 * Regimes and the holiday calendar apply to every unit, so only an administrator of a top-level
 * organisation (the province, or the root of a deployment) may change them.
 */
export function canChangeSettings(actor: Actor): boolean {
  return actor.memberships.some(
    (m) =>
      (roleGrants[m.role] as readonly string[]).includes('settings.update') &&
      m.path.split('/').filter(Boolean).length === 1,
  );
}
