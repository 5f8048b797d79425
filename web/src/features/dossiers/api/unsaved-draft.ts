import type { DossierDraft } from './draft.js';

/*
 * The editor's unsaved changes, kept in the browser until the server has them: a session that expires, a reload or a
 * trip to the login page loses nothing typed. sessionStorage, not localStorage: it survives a reload and the login
 * page in the same tab, and is gone with the tab (an office computer shared by several people keeps no one's text);
 * the key names the person and the dossier, and the value the version the changes were made on.
 */

export interface UnsavedDraft {
  /** The version the changes were based on: the save sends it, and a newer one on the server means a merge. */
  version: number;
  /** The dossier as it was at that version (what the changes are measured against in a merge). */
  base: DossierDraft;
  draft: DossierDraft;
}

const keyOf = (userId: string, dossierId: string) => `capdo.unsavedDraft.${userId}.${dossierId}`;

export function readUnsavedDraft(userId: string, dossierId: string): UnsavedDraft | null {
  try {
    const stored = sessionStorage.getItem(keyOf(userId, dossierId));
    if (!stored) return null;
    const parsed = JSON.parse(stored) as Partial<UnsavedDraft>;
    return typeof parsed.version === 'number' && parsed.base && parsed.draft ? (parsed as UnsavedDraft) : null;
  } catch {
    return null;
  }
}

export function writeUnsavedDraft(userId: string, dossierId: string, unsaved: UnsavedDraft): void {
  try {
    sessionStorage.setItem(keyOf(userId, dossierId), JSON.stringify(unsaved));
  } catch {
    // Storage full or refused (private mode): the page itself still holds the changes.
  }
}

export function clearUnsavedDraft(userId: string, dossierId: string): void {
  try {
    sessionStorage.removeItem(keyOf(userId, dossierId));
  } catch {
    // nothing stored
  }
}
