import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Dossier } from '#shared/dossiers/dossiers.schemas.js';
import type { Session } from '#shared/auth/auth.schemas.js';
import { isApiError } from '../../../lib/api-error.js';
import { holdPageOnExpiry } from '../../../lib/session-expiry.js';
import { sessionQueryKey } from '../../auth/index.js';
import { dossierKeys, fetchDossier } from './dossiers.js';
import { bodyOf, draftOf, mergeDrafts, sameDraft, type DossierDraft, type MergeResult } from './draft.js';
import { useUpdateDossier } from './save-dossier.js';
import { clearUnsavedDraft, readUnsavedDraft, writeUnsavedDraft } from './unsaved-draft.js';

export const AUTOSAVE_DELAY_MS = 1500;

export interface DraftConflict {
  latest: Dossier;
  conflicts: MergeResult['conflicts'];
  /** What the person's changes were measured against before the newer version arrived. */
  previousBase: DossierDraft;
}

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'error'; message: string }
  | { kind: 'conflict' }
  /** The session expired (401): the changes wait in the browser for the person to log in again. */
  | { kind: 'expired' };

interface DossierDraftApi {
  draft: DossierDraft;
  /** Changes the draft; the autosave follows ~1.5 s after the last change. */
  update: (change: (draft: DossierDraft) => DossierDraft) => void;
  /** Fills answers the person has not given yet (from the system's record) without counting as a change. */
  prefill: (systemId: string, answers: DossierDraft['answers'][string]) => void;
  state: SaveState;
  dirty: boolean;
  conflict: DraftConflict | null;
  /** 409 stale_version: keep the person's values on top of the newer version, or take the newer ones. */
  resolve: (choice: 'mine' | 'theirs') => void;
  /** Saves now if anything is pending; resolves to the dossier's current version. */
  flush: () => Promise<number>;
  retry: () => void;
  /** An automatic merge happened: the newer version's number, to tell the person. */
  merged: number | null;
}

/**
 * The dossier editor's state and autosave. Each save carries the version it was based on; a save
 * refused as stale loads the newer version and merges three ways (what the person changed since
 * their base goes on top of the newer version). Without overlapping changes the merge is saved at
 * once; with them the person chooses, field by field shown, and nothing else is lost.
 */
export function useDossierDraft(dossier: Dossier, editable: boolean): DossierDraftApi {
  const queryClient = useQueryClient();
  const { mutateAsync: saveDossier } = useUpdateDossier(dossier.id);
  // The session is loaded before any page behind RequireAuth renders; read from the cache, never fetched here.
  const [userId] = useState(() => queryClient.getQueryData<Session | null>(sessionQueryKey)?.user.id);
  // Changes typed earlier in this tab and not saved yet (the session expired, the page was reloaded) come back.
  const [restored] = useState(() => (editable && userId ? readUnsavedDraft(userId, dossier.id) : null));
  const [draft, setDraft] = useState(() => restored?.draft ?? draftOf(dossier));
  const base = useRef(restored?.base ?? draft);
  const version = useRef(restored?.version ?? dossier.version);
  const draftRef = useRef(draft);
  // eslint-disable-next-line react-hooks/refs -- the latest draft, for the saves and merges that run after this render
  draftRef.current = draft;
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [conflict, setConflict] = useState<DraftConflict | null>(null);
  const [merged, setMerged] = useState<number | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);

  // eslint-disable-next-line react-hooks/refs -- base changes only together with a state update, so it is current here
  const dirty = !sameDraft(draft, base.current);
  // Changes wait for the autosave unless a conflict waits for the person, the last save failed or the session expired.
  const autosaving = editable && dirty && !conflict && state.kind !== 'error' && state.kind !== 'expired';

  // Until the server has them, the changes are kept in the browser too (unsaved-draft.ts).
  useEffect(() => {
    if (!userId || !editable) return;
    if (dirty) writeUnsavedDraft(userId, dossier.id, { version: version.current, base: base.current, draft });
    else clearUnsavedDraft(userId, dossier.id);
  }, [userId, editable, dirty, draft, dossier.id, state]);

  // With unsaved changes on the page a lost session asks to log in again here, not on the login page.
  const holdOnExpiry = editable && (dirty || state.kind === 'expired');
  useEffect(() => {
    if (!holdOnExpiry) return;
    return holdPageOnExpiry(() => setState({ kind: 'expired' }));
  }, [holdOnExpiry]);

  // A newer version arriving from elsewhere (a transition, a refetch) replaces an unchanged draft.
  useEffect(() => {
    if (dossier.version === version.current) return;
    if (sameDraft(draftRef.current, base.current)) {
      const fresh = draftOf(dossier);
      base.current = fresh;
      version.current = dossier.version;
      setDraft(fresh);
    }
  }, [dossier]);

  const startConflict = useCallback(async () => {
    const latest = await queryClient.fetchQuery({
      queryKey: dossierKeys.one(dossier.id),
      queryFn: () => fetchDossier(dossier.id),
      staleTime: 0,
    });
    const latestDraft = draftOf(latest);
    const previousBase = base.current;
    const result = mergeDrafts(previousBase, draftRef.current, latestDraft);
    base.current = latestDraft;
    version.current = latest.version;
    if (result.conflicts.length === 0) {
      // Nothing overlaps: the person's changes go on top of the newer version and are saved.
      setDraft(result.keepMine);
      setMerged(latest.version);
      setState({ kind: 'pending' });
      return;
    }
    setConflict({ latest, conflicts: result.conflicts, previousBase });
    setState({ kind: 'conflict' });
  }, [dossier.id, queryClient]);

  const saveNow = useCallback(async () => {
    if (inFlight.current) await inFlight.current;
    const snapshot = draftRef.current;
    if (sameDraft(snapshot, base.current)) return;
    setState({ kind: 'saving' });
    const run = (async () => {
      try {
        const systemIds = dossier.systems.map((s) => s.systemId);
        const saved = await saveDossier(bodyOf(snapshot, version.current, systemIds));
        base.current = snapshot;
        version.current = saved.version;
        setState({ kind: 'saved', at: new Date() });
      } catch (error) {
        if (isApiError(error) && error.status === 401) {
          setState({ kind: 'expired' });
        } else if (isApiError(error) && error.code === 'stale_version') {
          try {
            await startConflict();
          } catch (loadError) {
            setState({ kind: 'error', message: loadError instanceof Error ? loadError.message : String(loadError) });
          }
        } else {
          // A refused field says what is wrong with it ("Cần ít nhất 3 ký tự."), not just "invalid".
          const issues = isApiError(error) ? error.issues.map((issue) => issue.message).join(' ') : '';
          setState({ kind: 'error', message: issues || (error instanceof Error ? error.message : String(error)) });
        }
      }
    })();
    inFlight.current = run;
    try {
      await run;
    } finally {
      inFlight.current = null;
    }
  }, [saveDossier, startConflict, dossier.systems]);

  // The autosave: a moment after the last change.
  useEffect(() => {
    if (!autosaving) return;
    const timer = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, autosaving, saveNow]);

  // Leaving the page with unsaved changes asks first.
  useEffect(() => {
    if (!dirty || !editable) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty, editable]);

  const update = useCallback((change: (draft: DossierDraft) => DossierDraft) => {
    setMerged(null);
    setDraft((current) => change(current));
    setState((s) => (s.kind === 'error' ? { kind: 'pending' } : s));
  }, []);
  const prefill = useCallback((systemId: string, answers: DossierDraft['answers'][string]) => {
    const apply = (d: DossierDraft) => ({ ...d, answers: { ...d.answers, [systemId]: answers } });
    if (Object.keys(draftRef.current.answers[systemId] ?? {}).length > 0) return;
    base.current = apply(base.current);
    setDraft(apply);
  }, []);

  return {
    draft,
    update,
    prefill,
    // A change waiting for the autosave shows as pending, whatever the last save did.
    state: autosaving && state.kind !== 'saving' ? { kind: 'pending' } : state,
    dirty,
    conflict,
    merged,
    resolve: (choice) => {
      if (!conflict) return;
      const result = mergeDrafts(conflict.previousBase, draftRef.current, draftOf(conflict.latest));
      setDraft(choice === 'mine' ? result.keepMine : result.takeTheirs);
      setConflict(null);
      setState({ kind: 'pending' });
    },
    flush: async () => {
      if (conflict) throw new Error('conflict');
      if (inFlight.current) await inFlight.current;
      if (!sameDraft(draftRef.current, base.current)) await saveNow();
      if (!sameDraft(draftRef.current, base.current)) throw new Error('unsaved');
      return version.current;
    },
    retry: () => {
      setState({ kind: 'pending' });
      void saveNow();
    },
  };
}
