import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { AttachmentsTab } from '#web/features/dossiers/components/attachments-tab.js';
import { fakeServer } from '../support/fake-server.js';
import { ids } from '../support/fixtures.js';
import { renderInApp } from '../support/render.js';

/** Tài liệu đính kèm: remove or replace a file while the unit prepares the dossier; the check code explained. */
const fileOf = (id: string, fileName: string, hash: string) => ({
  id,
  fileName,
  mediaType: 'application/pdf',
  size: 2048,
  sha256: hash.repeat(64),
  createdAt: '2025-03-02T02:00:00.000Z',
});
const diagram = fileOf('0b1f5e1c-7d2a-4c1e-9a51-6f1d2b3c4d21', 'so-do-mang.pdf', 'a');
const letter = fileOf('0b1f5e1c-7d2a-4c1e-9a51-6f1d2b3c4d22', 'to-trinh.pdf', 'b');

/** A server that keeps the dossier's files: uploads add one, DELETE removes one. */
function filesServer() {
  let files = [diagram, letter];
  const server = fakeServer({
    'GET /api/dossiers/:id/attachments': () => ({ body: { items: files } }),
    'DELETE /api/dossiers/:id/attachments/:attachmentId': ({ params }) => {
      files = files.filter((file) => file.id !== params.attachmentId);
      return { body: { ok: true } };
    },
    'POST /api/dossiers/:id/attachments': ({ query }) => {
      const saved = fileOf('0b1f5e1c-7d2a-4c1e-9a51-6f1d2b3c4d23', query.get('fileName')!, 'c');
      files = [...files, saved];
      return { status: 201, body: saved };
    },
    'GET /api/dossiers/:id/events': () => ({ body: { items: [] } }),
  });
  return server;
}

const rowOf = async (name: string) => (await screen.findByText(name)).closest('tr') as HTMLElement;

describe('AttachmentsTab', () => {
  it('removes a file after a confirmation; the list no longer shows it', async () => {
    const server = filesServer();
    const { user } = renderInApp(<AttachmentsTab dossierId={ids.dossier} canUpload />);
    await user.click(within(await rowOf('so-do-mang.pdf')).getByRole('button', { name: /Gỡ/ }));
    const confirm = await screen.findByText('Gỡ tệp "so-do-mang.pdf" khỏi hồ sơ?');
    expect(server.sent('DELETE', '/api/dossiers/:id/attachments/:attachmentId')).toHaveLength(0);
    const popup = confirm.closest('.ant-popconfirm') as HTMLElement;
    await user.click(within(popup).getByRole('button', { name: 'Gỡ' }));
    await waitFor(() => expect(screen.queryByText('so-do-mang.pdf')).toBeNull());
    expect(server.sent('DELETE', '/api/dossiers/:id/attachments/:attachmentId').map((r) => r.params)).toEqual([
      { id: ids.dossier, attachmentId: diagram.id },
    ]);
    expect(screen.getByText('to-trinh.pdf')).toBeTruthy();
  });

  it('replaces a file: the new one uploaded, then the old one removed', async () => {
    const server = filesServer();
    const { user } = renderInApp(<AttachmentsTab dossierId={ids.dossier} canUpload />);
    const row = await rowOf('to-trinh.pdf');
    const input = row.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, new File(['%PDF-1.4\n%%EOF\n'], 'to-trinh-ban-ky.pdf', { type: 'application/pdf' }));
    expect(await screen.findByText('to-trinh-ban-ky.pdf')).toBeTruthy();
    await waitFor(() => expect(screen.queryByText('to-trinh.pdf')).toBeNull());
    const order = server.requests
      .filter((r) => r.method !== 'GET')
      .map((r) => `${r.method} ${r.params.attachmentId ?? ''}`);
    expect(order).toEqual(['POST ', `DELETE ${letter.id}`]);
  });

  it('says what the hash is for, shortened, with the whole code to copy', async () => {
    filesServer();
    renderInApp(<AttachmentsTab dossierId={ids.dossier} canUpload={false} />);
    const row = await rowOf('so-do-mang.pdf');
    expect(screen.getAllByTestId('hash-heading')[0]!.textContent).toContain('Mã kiểm tra toàn vẹn');
    expect(screen.getAllByLabelText(/chứng minh tệp không bị thay đổi/).length).toBeGreaterThan(0);
    expect(within(row).getByText(/^a{12}…$/)).toBeTruthy();
    expect(within(row).getByTitle(`SHA-256: ${'a'.repeat(64)}`)).toBeTruthy();
    expect(within(row).getByRole('button', { name: /copy|sao chép/i })).toBeTruthy();
    // Submitted (or read by a reviewer): nothing to remove or replace.
    expect(within(row).queryByRole('button', { name: /Gỡ|Thay tệp/ })).toBeNull();
    expect(screen.queryByText('SHA-256')).toBeNull();
  });
});
