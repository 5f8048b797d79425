import type { Actor } from './actor.js';
import { roleGrants } from './permissions.js';

/**
 * Designations decide who reviews whom across a province, so they follow the rule of the other settings
 * every unit depends on (settings.policy.ts): only an administrator of a top-level organisation (the
 * province) changes them, and only inside its own tree: both the designated body and the subtree it
 * reviews lie under that organisation.
 */
export function canEditDesignation(actor: Actor, subtreeRootPath: string, designatedPath: string): boolean {
  return actor.memberships.some(
    (m) =>
      (roleGrants[m.role] as readonly string[]).includes('settings.update') &&
      m.path.split('/').filter(Boolean).length === 1 &&
      subtreeRootPath.startsWith(m.path) &&
      designatedPath.startsWith(m.path),
  );
}
