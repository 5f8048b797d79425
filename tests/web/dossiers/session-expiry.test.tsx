import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import type { Session } from '#shared/auth/auth.schemas.js';
import type { Dossier, DossierUpdate } from '#shared/dossiers/dossiers.schemas.js';
import { RequireAuth } from '#web/app/require-auth.js';
import DossierDetailRoute from '#web/app/routes/dossier-detail.js';
import LoginRoute from '#web/app/routes/login.js';
import { markSessionExpired, sessionQueryKey } from '#web/features/auth/index.js';
import { draftOf } from '#web/features/dossiers/api/draft.js';
import { writeUnsavedDraft } from '#web/features/dossiers/api/unsaved-draft.js';
import { AUTOSAVE_DELAY_MS } from '#web/features/dossiers/api/use-dossier-draft.js';
import { setUnauthenticatedHandler } from '#web/lib/api.js';
import { apiError, fakeServer } from '../support/fake-server.js';
import { dossierFixture, ids, sessionAt, units } from '../support/fixtures.js';
import { pasteInto, renderInApp } from '../support/render.js';

/*
 * Nothing typed is lost when the session ends: the autosave meets a 401, the text stays in the browser, the person
 * logs in again in a dialog on the same page and the text is saved. Elsewhere a 401 leads to the login page, which
 * says why and comes back to the same page and tab.
 */

const officer: Session = sessionAt(units.commune, 'officer');
const storageKey = `capdo.unsavedDraft.${officer.user.id}.${ids.dossier}`;

/** A server whose session can end: every call but the login answers 401 until the person logs in again. */
function serverWithSession(start: Dossier) {
  let current = start;
  let loggedIn = true;
  const server = fakeServer({
    'GET /api/health': () => ({ body: { status: 'ok', database: 'pglite', demo: false } }),
    'GET /api/auth/me': () => (loggedIn ? { body: officer } : apiError(401, 'unauthenticated')),
    'POST /api/auth/login': () => {
      loggedIn = true;
      return { body: { ...officer, csrfToken: 'csrf-after-login' } };
    },
    'GET /api/dossiers/:id': () => (loggedIn ? { body: current } : apiError(401, 'unauthenticated')),
    'GET /api/dossiers/:id/events': () => (loggedIn ? { body: { items: [] } } : apiError(401, 'unauthenticated')),
    'PATCH /api/dossiers/:id': ({ body }) => {
      if (!loggedIn) return apiError(401, 'unauthenticated');
      const update = body as DossierUpdate;
      if (update.version !== current.version) return apiError(409, 'stale_version');
      current = { ...current, content: update.content ?? current.content, version: current.version + 1 };
      return { body: current };
    },
  });
  return {
    ...server,
    expire: () => {
      loggedIn = false;
    },
    current: () => current,
    saves: () => server.sent('PATCH', '/api/dossiers/:id').map((request) => request.body as DossierUpdate),
  };
}

const start = () => dossierFixture({ content: { overview: { scope: 'Cổng thông tin của xã' } } });

function openApp(route: string) {
  const view = renderInApp(
    <Routes>
      <Route path="/login" element={<LoginRoute />} />
      <Route element={<RequireAuth />}>
        <Route path="/dossiers/:id" element={<DossierDetailRoute />} />
      </Route>
    </Routes>,
    { route },
  );
  // What the app's providers do with a 401 nobody on the page took over.
  setUnauthenticatedHandler(() => {
    markSessionExpired();
    view.queryClient.setQueryData(sessionQueryKey, null);
  });
  return view;
}

const pause = () => act(() => vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 100));

describe('the autosave meets an expired session', () => {
  beforeEach(() => {
    sessionStorage.clear();
    vi.useFakeTimers({ shouldAdvanceTime: true });
  });
  afterEach(() => {
    vi.useRealTimers();
    setUnauthenticatedHandler(() => undefined);
  });

  it('keeps the text, asks to log in again on the same page, then saves it', async () => {
    const server = serverWithSession(start());
    const view = openApp(`/dossiers/${ids.dossier}?tab=overview`);
    await screen.findByLabelText('Quy mô');

    server.expire();
    await pasteInto(view.user, screen.getByLabelText('Quy mô'), '3 máy chủ và 20 máy trạm');
    await pause();

    const dialog = await screen.findByRole('dialog', { name: 'Đăng nhập lại để lưu' });
    expect(screen.getByText(/phiên làm việc đã hết hạn/)).toBeTruthy();
    // Still on the dossier page, the text in the field and in the browser's storage.
    expect(view.location.pathname).toBe(`/dossiers/${ids.dossier}`);
    expect(screen.getByLabelText<HTMLTextAreaElement>('Quy mô').value).toBe('3 máy chủ và 20 máy trạm');
    expect(sessionStorage.getItem(storageKey)).toContain('3 máy chủ và 20 máy trạm');
    const username = within(dialog).getByLabelText<HTMLInputElement>('Tên đăng nhập');
    expect(username.value).toBe(officer.user.username);
    expect(username.readOnly).toBe(true);

    await view.user.type(within(dialog).getByLabelText('Mật khẩu'), 'YenDinh@2023');
    await view.user.click(within(dialog).getByRole('button', { name: 'Đăng nhập và lưu' }));

    await waitFor(() => expect(server.current().content.overview.scale).toBe('3 máy chủ và 20 máy trạm'));
    expect(server.sent('POST', '/api/auth/login')[0]!.body).toEqual({
      username: officer.user.username,
      password: 'YenDinh@2023',
    });
    const saved = server.saves().at(-1)!;
    expect(saved.version).toBe(1);
    expect(await screen.findByText(/Đã lưu lúc/)).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sessionStorage.getItem(storageKey)).toBeNull();
    expect(view.location.pathname).toBe(`/dossiers/${ids.dossier}`);
  });

  it('gives back, after a reload, what was typed and not saved, and saves it', async () => {
    const server = serverWithSession(start());
    const base = draftOf(start());
    const typed = {
      ...base,
      content: { ...base.content, overview: { ...base.content.overview, scale: 'Gõ trước khi tải lại' } },
    };
    writeUnsavedDraft(officer.user.id, ids.dossier, { version: 1, base, draft: typed });

    openApp(`/dossiers/${ids.dossier}`);
    const field = await screen.findByLabelText<HTMLTextAreaElement>('Quy mô');
    expect(field.value).toBe('Gõ trước khi tải lại');
    await pause();
    await waitFor(() => expect(server.current().content.overview.scale).toBe('Gõ trước khi tải lại'));
    expect(server.saves()).toHaveLength(1);
    await waitFor(() => expect(sessionStorage.getItem(storageKey)).toBeNull());
  });
});

describe('a 401 while navigating', () => {
  afterEach(() => setUnauthenticatedHandler(() => undefined));

  it('leads to the login page, which says the session expired, and back to the same page and tab', async () => {
    const server = serverWithSession(start());
    const view = openApp(`/dossiers/${ids.dossier}?tab=plan`);
    await screen.findByRole('tab', { name: 'Phương án bảo đảm an toàn', selected: true });
    // The session ends on the server; the next call (a refetch, a link followed) meets it.
    server.expire();
    await act(() => view.queryClient.invalidateQueries());

    expect(await screen.findByText('Phiên làm việc đã hết hạn, vui lòng đăng nhập lại.')).toBeTruthy();
    expect(view.location.pathname).toBe('/login');
    expect(new URLSearchParams(view.location.search).get('next')).toBe(`/dossiers/${ids.dossier}?tab=plan`);

    await view.user.type(screen.getByLabelText('Tên đăng nhập'), officer.user.username);
    await view.user.type(screen.getByLabelText('Mật khẩu'), 'YenDinh@2023');
    await view.user.click(screen.getByRole('button', { name: 'Đăng nhập' }));

    await waitFor(() => expect(view.location.pathname).toBe(`/dossiers/${ids.dossier}`));
    expect(view.location.search).toBe('?tab=plan');
  });
});
