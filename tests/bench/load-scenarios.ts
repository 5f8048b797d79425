import type { IncomingHttpHeaders } from 'node:http';
import { SESSION_COOKIE } from '#server/http/authenticate.js';
import type { ApiClient } from '../support/http-client.js';
import type { LoadRequest } from './load-run.js';

/** The headers a browser tab sends with its session: the cookie, and the CSRF token on a write. */
function sessionHeaders(client: ApiClient): IncomingHttpHeaders {
  return {
    accept: 'application/json',
    cookie: `${SESSION_COOKIE}=${client.cookie}`,
    'x-csrf-token': client.csrfToken ?? '',
    'content-type': 'application/json',
  };
}

/** One GET repeated; with several paths, each request takes the next (client i starts at path i). */
export function readRequests(client: ApiClient, paths: string[]) {
  const headers = sessionHeaders(client);
  return (clientIndex: number): LoadRequest[] => {
    let next = clientIndex;
    if (paths.length === 1) return [{ method: 'GET', path: paths[0], headers }];
    return [
      { method: 'GET', headers, setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) },
    ];
  };
}

/** What a write client knows of its dossier: where it stands, as the server last answered. */
interface DossierState {
  id: string;
  version: number;
  status: string;
  /** Set after an unexpected answer: the next request reads the dossier again instead of writing. */
  stale: boolean;
  saves: number;
}

export interface WriteDossier {
  id: string;
  version: number;
  status: string;
  /** The officer of its unit, logged in. */
  officer: ApiClient;
}

/**
 * Updates the client's state from the server's answer (a write or a read answers the whole dossier); anything
 * else marks it stale so the next request reads it again. A write client never sends a version it has not seen.
 */
function track(state: DossierState) {
  return (status: number, body: string) => {
    if (status !== 200) {
      state.stale = true;
      return;
    }
    try {
      const dossier = JSON.parse(body) as { version: number; status: string };
      Object.assign(state, { version: dossier.version, status: dossier.status, stale: false });
    } catch {
      state.stale = true;
    }
  };
}

const reread = (state: DossierState, headers: IncomingHttpHeaders): LoadRequest => ({
  method: 'GET',
  path: `/api/dossiers/${state.id}`,
  headers,
  body: undefined,
});

/**
 * Saving drafts: client i saves dossier i (its own, so no two clients contend for one row), by its unit's
 * officer, a new title each time with the version of the last answer, as the web app's autosave does.
 */
export function saveRequests(pool: WriteDossier[], mark: string) {
  return (clientIndex: number): LoadRequest[] => {
    const dossier = pool[clientIndex % pool.length]!;
    const headers = sessionHeaders(dossier.officer);
    const state: DossierState = { ...dossier, stale: false, saves: 0 };
    return [
      {
        method: 'PATCH',
        path: `/api/dossiers/${state.id}`,
        headers,
        setupRequest: (request) =>
          state.stale
            ? { ...request, ...reread(state, headers) }
            : {
                ...request,
                method: 'PATCH',
                body: JSON.stringify({ version: state.version, title: `${mark} lưu lần ${++state.saves}` }),
              },
        onResponse: track(state),
      },
    ];
  };
}

/**
 * A cycle of transitions on client i's own dossier: its officer submits it, the province's appraiser returns it
 * with reasons, and again. Both steps are real workflow steps (policy, separation of duties, snapshot of the
 * submission, audit event, notification), and the dossier ends each cycle where it began.
 */
export function transitionRequests(pool: WriteDossier[], appraiser: ApiClient) {
  const appraiserHeaders = sessionHeaders(appraiser);
  return (clientIndex: number): LoadRequest[] => {
    const dossier = pool[clientIndex % pool.length]!;
    const officerHeaders = sessionHeaders(dossier.officer);
    const state: DossierState = { ...dossier, stale: false, saves: 0 };
    return [
      {
        method: 'POST',
        path: `/api/dossiers/${state.id}/transitions`,
        setupRequest: (request) => {
          if (state.stale) return { ...request, ...reread(state, officerHeaders) };
          const returning = state.status === 'submitted';
          const body = returning
            ? { action: 'return', version: state.version, comment: 'Bổ sung hồ sơ (thử tải)' }
            : { action: 'submit', version: state.version };
          return {
            ...request,
            method: 'POST',
            path: `/api/dossiers/${state.id}/transitions`,
            headers: returning ? appraiserHeaders : officerHeaders,
            body: JSON.stringify(body),
          };
        },
        onResponse: track(state),
      },
    ];
  };
}
