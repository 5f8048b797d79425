/*
 * What a lost session (a 401 "unauthenticated") does: by default the app forgets the session and RequireAuth sends
 * the person to /login?next=<here>. A page holding unsaved work takes the 401 over instead: it keeps the person
 * where they are and asks them to log in again on the spot (the dossier editor's re-login dialog), so nothing typed
 * is lost to a redirect.
 */

type OnExpired = () => void;
const holders = new Set<OnExpired>();

/** While unsaved work is on the page: a 401 calls `onExpired` instead of leaving for /login. Returns the release. */
export function holdPageOnExpiry(onExpired: OnExpired): () => void {
  holders.add(onExpired);
  return () => {
    holders.delete(onExpired);
  };
}

/** On a 401: true when a page took it over (and was told), false when the app should log the person out. */
export function expiryHeldByPage(): boolean {
  if (holders.size === 0) return false;
  for (const onExpired of holders) onExpired();
  return true;
}
