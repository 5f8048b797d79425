import type { Organisation } from '#shared/organisations/organisations.schemas.js';
import type { User } from '#shared/users/users.schemas.js';

/**
 * The top-level organisations (provinces) the person administers: only their administrators change designations,
 * inside their own tree (server/policies/designation.policy.ts). A hint for the screen (the add button, the units
 * the pickers offer); the server decides.
 */
export function administeredProvinces(user: User | null | undefined, organisations: readonly Organisation[]) {
  const adminAt = new Set(user?.memberships.filter((m) => m.role === 'admin').map((m) => m.organisationId));
  return new Set(organisations.filter((o) => o.parentId === null && adminAt.has(o.id)).map((o) => o.id));
}

/** Lies the organisation in (or is it) one of those provinces? */
export const insideProvinces = (provinces: ReadonlySet<string>) => (organisation: Organisation) =>
  provinces.has(organisation.id) || provinces.has(organisation.ancestors[0]?.id ?? '');
