import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { documentExportSchema, type DocumentExport } from '#shared/documents/documents.schemas.js';
import { DocumentExportButton } from '#web/features/documents/index.js';
import { fakeServer } from '../support/fake-server.js';
import { ids } from '../support/fixtures.js';
import { renderInApp } from '../support/render.js';

/**
 * The batch export as a person meets it on the dossier list: open the dialog, start, watch the
 * progress the page polls for, then download the zip, or learn that the zip was already deleted
 * (kept 24 hours, then `expired`) and start again.
 */
const exportId = '0b1f5e1c-7d2a-4c1e-9a51-6f1d2b3c4d20';
/** Noon UTC: the 2nd of March in every time zone from UTC−11 to UTC+11 (19:00 in Hà Nội). */
const expiresAt = '2025-03-02T12:00:00.000Z';
/** The page polls every 500 ms; a few seconds is many polls if it did not stop. */
const POLLS_WORTH_MS = 5_000;

function exportFixture(overrides: Partial<DocumentExport> = {}): DocumentExport {
  return documentExportSchema.parse({
    id: exportId,
    status: 'running',
    total: 3,
    done: 0,
    error: null,
    createdAt: '2025-03-01T12:00:00.000Z',
    finishedAt: null,
    expiresAt: null,
    ...overrides,
  });
}

const finishedAt = '2025-03-01T12:00:05.000Z';
const running = exportFixture({ done: 1 });
const done = exportFixture({ status: 'done', done: 3, finishedAt, expiresAt });
const expired = exportFixture({ status: 'expired', done: 3, finishedAt });

/** The server: POST starts the run (202), each GET answers the next report, then keeps the last. */
function exportServer(reports: DocumentExport[]) {
  let next = 0;
  const server = fakeServer({
    'POST /api/document-exports': () => ({ status: 202, body: exportFixture() }),
    'GET /api/document-exports/:id': () => ({ body: reports[Math.min(next++, reports.length - 1)] }),
  });
  return { ...server, polls: () => server.sent('GET', '/api/document-exports/:id').length };
}

/** The clock moves on by `ms`, and whatever the page asked for meanwhile is answered. */
const wait = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

/** Opens the dialog on the commune's dossiers and starts a PDF export, as a person does. */
async function startExport() {
  const view = renderInApp(
    <DocumentExportButton
      scope={{ filters: { organisationId: ids.operator }, ownOrganisationId: ids.operator }}
      organisationName="UBND xã Định Bình"
    />,
  );
  await view.user.click(screen.getByRole('button', { name: 'Xuất văn bản' }));
  const dialog = await screen.findByRole('dialog', { name: 'Xuất văn bản hàng loạt' });
  expect(within(dialog).getByText('UBND xã Định Bình')).toBeTruthy();
  await view.user.click(within(dialog).getByRole('button', { name: 'Bắt đầu xuất' }));
  await screen.findByTestId('export-progress');
  return { ...view, dialog };
}

/** dd/mm/yyyy HH:mm in the test machine's zone, read from Date itself rather than through the app's dayjs. */
/** The moment in Vietnam (UTC+7), whatever the browser's time zone. */
function localDateTime(iso: string) {
  const at = new Date(new Date(iso).getTime() + 7 * 3_600_000);
  const two = (value: number) => String(value).padStart(2, '0');
  const date = `${two(at.getUTCDate())}/${two(at.getUTCMonth() + 1)}/${at.getUTCFullYear()}`;
  return `${date} ${two(at.getUTCHours())}:${two(at.getUTCMinutes())}`;
}

describe('the batch export progress', () => {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('polls while running, then offers the zip and says until when it is kept', async () => {
    const server = exportServer([running, done]);
    const { dialog } = await startExport();

    const [sent] = server.sent('POST', '/api/document-exports');
    expect(sent!.body).toEqual({ organisationId: ids.operator, formats: ['pdf'] });
    expect(await within(dialog).findByText('Đã tạo 1/3 văn bản')).toBeTruthy();
    expect(within(dialog).queryByRole('link', { name: /Tải về/ })).toBeNull();

    await wait(600);
    expect(await within(dialog).findByText('Đã xuất xong 3 văn bản.')).toBeTruthy();
    expect(localDateTime(expiresAt)).toMatch(/^02\/03\/2025 \d\d:\d\d$/);
    expect(within(dialog).getByText(`Tệp được giữ đến ${localDateTime(expiresAt)}, sau đó bị xóa.`)).toBeTruthy();
    const download = within(dialog).getByRole('link', { name: /Tải về \(\.zip\)/ });
    expect(download.getAttribute('href')).toBe(`/api/document-exports/${exportId}/download`);
    expect(download.hasAttribute('download')).toBe(true);
    expect(within(dialog).getByTestId('export-progress').dataset.status).toBe('done');
    expect(within(dialog).queryByText(/hết hạn lưu giữ/)).toBeNull();

    // Done is final: no more polling.
    const polls = server.polls();
    await wait(POLLS_WORTH_MS);
    expect(server.polls()).toBe(polls);
  });

  it('says an expired zip was deleted, offers no link, stops polling and lets the person export again', async () => {
    const server = exportServer([running, expired]);
    const { dialog, user } = await startExport();
    expect(await within(dialog).findByText('Đã tạo 1/3 văn bản')).toBeTruthy();

    await wait(600);
    expect(await within(dialog).findByText('Tệp .zip đã hết hạn lưu giữ và đã bị xóa. Hãy xuất lại.')).toBeTruthy();
    expect(within(dialog).getByTestId('export-progress').dataset.status).toBe('expired');
    expect(within(dialog).queryByRole('link', { name: /Tải về/ })).toBeNull();
    expect(within(dialog).queryByText(/Đã xuất xong/)).toBeNull();
    expect(within(dialog).queryByText(/Tệp được giữ đến/)).toBeNull();
    // "Keep the page open to download" no longer applies: there is nothing left to download.
    expect(within(dialog).queryByText(/hãy giữ trang mở/)).toBeNull();

    const polls = server.polls();
    expect(polls).toBeGreaterThanOrEqual(2);
    await wait(POLLS_WORTH_MS);
    expect(server.polls()).toBe(polls);

    await user.click(within(dialog).getByRole('button', { name: 'Xuất lần khác' }));
    expect(within(dialog).getByRole('button', { name: 'Bắt đầu xuất' })).toBeTruthy();
    expect(within(dialog).queryByTestId('export-progress')).toBeNull();
  });
});
