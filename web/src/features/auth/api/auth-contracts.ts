/**
 * The auth and health contracts, imported when first called rather than with the login page: they are built with
 * zod, which the login page loads without (components/plain/index.ts). The form shows first; the session probe
 * follows a moment later.
 */
export const authContracts = () => import('#shared/auth/auth.contract.js');
export const healthContract = async () => (await import('#shared/health/health.contract.js')).health;
