/**
 * Fills :params into a contract path. Apart from contract.ts, which imports zod: the web app's API client needs
 * only this, and the login page loads without zod (web/src/components/plain/index.ts).
 */
export function pathOf(contract: { path: string }, params: Record<string, string> = {}): string {
  return contract.path.replace(/:([A-Za-z]+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
}
