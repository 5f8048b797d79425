import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { Dossier } from '#shared/dossiers/dossiers.schemas.js';
import type { LabelContext } from '#web/features/dossiers/components/field-labels.js';
import { VersionsTab } from '#web/features/dossiers/components/versions-tab.js';
import { fakeServer } from '../support/fake-server.js';
import { dossierFixture, ids } from '../support/fixtures.js';
import { renderInApp } from '../support/render.js';

/** Phiên bản: a submission's frozen copy against the dossier as it is now. */
const file = {
  id: '0b1f5e1c-7d2a-4c1e-9a51-6f1d2b3c4d21',
  fileName: 'so-do-mang.pdf',
  mediaType: 'application/pdf',
  size: 1200,
  sha256: 'a'.repeat(64),
  createdAt: '2025-03-02T02:00:00.000Z',
};

const dossier = () =>
  dossierFixture({
    status: 'submitted',
    proposedLevel: 2,
    content: { overview: { scope: 'Cổng thông tin của xã' } },
  });

/** What a submission froze of it, as jsonb gives it back: keys reordered, no defaults, the names of then. */
const frozen = (now: Dossier, changes: Record<string, unknown> = {}) => ({
  systems: now.systems.map((system) => ({ name: system.name, systemId: system.systemId, proposedLevel: 2 })),
  content: { overview: { scope: 'Cổng thông tin của xã' } },
  attachments: [{ id: file.id, sha256: file.sha256, fileName: file.fileName, size: file.size }],
  operator: { name: now.operator.name, id: now.operator.id },
  proposedLevel: 2,
  regime: now.regime,
  title: now.title,
  ...changes,
});

function open(now: Dossier, content: Record<string, unknown>) {
  fakeServer({
    'GET /api/dossiers/:id/snapshots': () => ({
      body: {
        items: [
          {
            id: '0b1f5e1c-7d2a-4c1e-9a51-6f1d2b3c4d31',
            kind: 'submission',
            sha256: 'b'.repeat(64),
            createdAt: '2025-03-02T03:00:00.000Z',
            createdBy: 'Nguyễn Văn Cán Bộ',
            content,
          },
        ],
      },
    }),
    'GET /api/dossiers/:id/attachments': () => ({ body: { items: [file] } }),
  });
  const context: LabelContext = {
    locale: 'vi',
    systemNames: new Map(now.systems.map((system) => [system.systemId, system.name])),
    groupNames: new Map(),
  };
  renderInApp(
    <VersionsTab
      dossier={{ ...now, systems: now.systems.map((s) => ({ ...s, proposedLevel: 2 })) }}
      context={context}
    />,
  );
}

const changeRows = async () => {
  const compare = (await screen.findByText('So sánh hai bản')).closest('.ant-card') as HTMLElement;
  return within(compare);
};

describe('VersionsTab', () => {
  it('an unchanged dossier: "Hai bản giống nhau", no rows', async () => {
    const now = dossier();
    open(now, frozen(now));
    const compare = await changeRows();
    expect(await compare.findByText('Hai bản giống nhau.')).toBeTruthy();
    expect(compare.queryByText(/Trước|Sau/, { selector: 'td' })).toBeNull();
  });

  it('one changed field is the one row, named in Vietnamese with both values', async () => {
    const now = dossier();
    open(now, frozen(now, { content: { overview: { scope: 'Cổng thông tin cũ' } } }));
    const compare = await changeRows();
    const rows = await compare.findAllByRole('row');
    const body = rows.filter((row) => row.querySelector('td'));
    expect(body).toHaveLength(1);
    expect(body[0]!.textContent).toContain('Phạm vi');
    expect(within(body[0]!).getByText('Cổng thông tin cũ')).toBeTruthy();
    expect(within(body[0]!).getByText('Cổng thông tin của xã')).toBeTruthy();
  });

  it('a system no longer covered keeps the name the snapshot froze', async () => {
    const now = dossier();
    const gone = { systemId: ids.mail, name: 'Hệ thống thư điện tử xã', proposedLevel: 1 };
    open(now, frozen(now, { systems: [...frozen(now).systems, gone] }));
    const compare = await changeRows();
    expect((await compare.findAllByText(/Hệ thống thư điện tử xã › Tên/)).length).toBeGreaterThan(0);
    expect(compare.queryByText(ids.mail, { exact: false })).toBeNull();
  });
});
