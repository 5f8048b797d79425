import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { dossierContentSchema, type Dossier, type DossierUpdate } from '#shared/dossiers/dossiers.schemas.js';
import DossierDetailRoute from '#web/app/routes/dossier-detail.js';
import { AUTOSAVE_DELAY_MS } from '#web/features/dossiers/api/use-dossier-draft.js';
import { apiError, fakeServer } from '../support/fake-server.js';
import { dossierFixture, ids } from '../support/fixtures.js';
import { pasteInto, renderInApp } from '../support/render.js';

/**
 * The dossier page against a server that keeps one dossier and refuses a save based on an older
 * version (409 stale_version), as the API does. `someoneElseSaves` is a colleague's save.
 */
function dossierServer(start: Dossier) {
  let current = start;
  const server = fakeServer({
    'GET /api/dossiers/:id': () => ({ body: current }),
    'GET /api/dossiers/:id/events': () => ({ body: { items: [] } }),
    'PATCH /api/dossiers/:id': ({ body }) => {
      const update = body as DossierUpdate;
      if (update.version !== current.version) return apiError(409, 'stale_version');
      current = {
        ...current,
        title: update.title ?? current.title,
        content: update.content ?? current.content,
        version: current.version + 1,
      };
      return { body: current };
    },
  });
  return {
    ...server,
    someoneElseSaves: (change: (dossier: Dossier) => Dossier) => {
      current = { ...change(current), version: current.version + 1 };
    },
    saves: () => server.sent('PATCH', '/api/dossiers/:id').map((request) => request.body as DossierUpdate),
  };
}

const withContent = (dossier: Dossier, content: Record<string, unknown>): Dossier => ({
  ...dossier,
  content: dossierContentSchema.parse({ ...dossier.content, ...content }),
});

const start = () =>
  dossierFixture({ content: { overview: { scope: 'Cổng thông tin của xã' }, securityPlan: { parts: {} } } });

async function openDossier() {
  const view = renderInApp(
    <Routes>
      <Route path="/dossiers/:id" element={<DossierDetailRoute />} />
    </Routes>,
    { route: `/dossiers/${ids.dossier}` },
  );
  await screen.findByLabelText('Quy mô');
  return view;
}

/** The autosave waits for a pause in typing; let the pause pass and the saves settle. */
const pause = () => act(() => vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 100));

describe('the dossier editor when someone else saved first', () => {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('puts my changes on top of theirs and saves, when we changed different fields', async () => {
    const server = dossierServer(start());
    const { user } = await openDossier();

    server.someoneElseSaves((d) => withContent(d, { design: { description: 'Thiết kế do đồng nghiệp bổ sung' } }));
    await pasteInto(user, screen.getByLabelText('Quy mô'), '3 máy chủ');
    await pause();
    await pause();

    expect(await screen.findByText(/thay đổi của bạn đã được gộp vào phiên bản đó/)).toBeTruthy();
    expect(screen.getByLabelText<HTMLTextAreaElement>('Quy mô').value).toBe('3 máy chủ');
    expect(screen.getByLabelText<HTMLTextAreaElement>('Mô tả').value).toBe('Thiết kế do đồng nghiệp bổ sung');
    await waitFor(() => expect(server.saves()).toHaveLength(2));
    const [refused, merged] = server.saves();
    expect(refused!.version).toBe(1);
    expect(merged!.version).toBe(2);
    expect(merged!.content?.overview.scale).toBe('3 máy chủ');
    expect(merged!.content?.design.description).toBe('Thiết kế do đồng nghiệp bổ sung');
    expect(await screen.findByText(/Đã lưu lúc/)).toBeTruthy();
  });

  it('shows both versions of a field we both changed; "keep mine" saves mine over theirs', async () => {
    const server = dossierServer(start());
    const { user } = await openDossier();

    server.someoneElseSaves((d) => withContent(d, { overview: { ...d.content.overview, scope: 'Phạm vi của họ' } }));
    await pasteInto(user, screen.getByLabelText('Phạm vi'), 'Phạm vi của tôi');
    await pasteInto(user, screen.getByLabelText('Quy mô'), '3 máy chủ');
    await pause();

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Dữ liệu đã được người khác thay đổi')).toBeTruthy();
    const row = within(alert).getByRole('row', { name: /Phạm vi/ });
    expect(within(row).getByText('Phạm vi của tôi')).toBeTruthy();
    expect(within(row).getByText('Phạm vi của họ')).toBeTruthy();
    // Only the field both changed is listed; the autosave waits for the choice and nothing is editable.
    expect(within(alert).queryByText(/Quy mô/)).toBeNull();
    expect(screen.getByText('Tạm dừng tự động lưu: cần chọn phiên bản')).toBeTruthy();
    expect(screen.queryByLabelText('Phạm vi')).toBeNull();
    await pause();
    expect(server.saves()).toHaveLength(1);

    await user.click(within(alert).getByRole('button', { name: 'Giữ nội dung của tôi' }));

    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByLabelText<HTMLTextAreaElement>('Phạm vi').value).toBe('Phạm vi của tôi');
    expect(screen.getByLabelText<HTMLTextAreaElement>('Quy mô').value).toBe('3 máy chủ');
    await pause();
    await waitFor(() => expect(server.saves()).toHaveLength(2));
    expect(server.saves()[1]).toMatchObject({
      version: 2,
      content: { overview: { scope: 'Phạm vi của tôi', scale: '3 máy chủ' } },
    });
  });

  it('"take theirs" uses their value for that field and still keeps my other changes', async () => {
    const server = dossierServer(start());
    const { user } = await openDossier();

    server.someoneElseSaves((d) => ({ ...d, title: 'Hồ sơ cấp độ (bản của đồng nghiệp)' }));
    await pasteInto(user, screen.getByLabelText('Tên hồ sơ'), 'Hồ sơ cấp độ (bản của tôi)');
    await pasteInto(user, screen.getByLabelText('Quy mô'), '3 máy chủ');
    await pause();

    const alert = await screen.findByRole('alert');
    const row = within(alert).getByRole('row', { name: /Tên hồ sơ/ });
    expect(within(row).getByText('Hồ sơ cấp độ (bản của tôi)')).toBeTruthy();
    expect(within(row).getByText('Hồ sơ cấp độ (bản của đồng nghiệp)')).toBeTruthy();

    await user.click(within(alert).getByRole('button', { name: 'Dùng nội dung mới nhất' }));

    expect(screen.getByLabelText<HTMLInputElement>('Tên hồ sơ').value).toBe('Hồ sơ cấp độ (bản của đồng nghiệp)');
    expect(screen.getByLabelText<HTMLTextAreaElement>('Quy mô').value).toBe('3 máy chủ');
    await pause();
    await waitFor(() => expect(server.saves()).toHaveLength(2));
    expect(server.saves()[1]).toMatchObject({
      version: 2,
      title: 'Hồ sơ cấp độ (bản của đồng nghiệp)',
      content: { overview: { scale: '3 máy chủ' } },
    });
  });
});
