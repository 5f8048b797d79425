import { describe, expect, test } from 'vitest';
import { loadActor } from '#server/modules/auth/sessions.js';
import { findVisibleDossier, recordAfterSave } from '#server/modules/dossiers/queries.js';
import { updateDossier } from '#server/modules/dossiers/update-dossier.js';
import { loadRegimes } from '#server/modules/regimes/load-regimes.js';
import { answersForLevel } from '../../factories/dossiers.js';
import { DINH_BINH, type Demo } from '../../support/demo.js';
import type { TestApp } from '../../support/test-app.js';
import { useDemoApp } from '../../support/demo-app.js';

// A save that keeps the systems and the regime answers from what it wrote instead of reading the dossier again
// (server/modules/dossiers/queries.ts, recordAfterSave): whatever the save, its answer must be exactly what a
// fresh read shows the same person.
let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

async function createDraft() {
  const res = await (
    await app.as('dinhbinh.cntt')
  ).post('/api/dossiers', {
    body: {
      title: 'Hồ sơ đề xuất cấp độ hệ thống nội bộ xã Định Bình',
      operatorOrganisationId: demo.org(DINH_BINH).id,
      systems: [{ systemId: demo.systemOf(DINH_BINH).id, answers: answersForLevel[2] }],
      content: { levelExplanation: 'Hệ thống phục vụ nội bộ.' },
    },
  });
  expect(res.status).toBe(201);
  return res.json as { id: string; version: number };
}

async function saveAndRead(username: string, id: string, body: Record<string, unknown>) {
  const client = await app.as(username);
  const saved = await client.patch(`/api/dossiers/${id}`, { body });
  expect(saved.status).toBe(200);
  const read = await client.get(`/api/dossiers/${id}`);
  expect(read.status).toBe(200);
  return { saved: saved.json as Record<string, unknown>, read: read.json as Record<string, unknown> };
}

describe('PATCH /api/dossiers/:id answers what a fresh read shows', () => {
  test('title, content and the confirmation of the answers, by the creator', async () => {
    const draft = await createDraft();
    let version = draft.version;
    const bodies = [
      { title: 'Hồ sơ đã đổi tên' },
      { content: { levelExplanation: 'Giải trình mới.', design: { kind: 'equivalent' } } },
      { confirmLevelAnswers: true },
      { title: 'Đổi tên lần nữa', content: { levelExplanation: 'Giải trình thứ ba.' } },
    ];
    for (const body of bodies) {
      const { saved, read } = await saveAndRead('dinhbinh.cntt', draft.id, { version, ...body });
      expect(saved).toEqual(read);
      expect(saved.version).toBe(++version);
    }
  });

  test('a first save by another officer makes them a preparer, as the read shows', async () => {
    const draft = await createDraft();
    const { saved, read } = await saveAndRead('yendinh.cntt', draft.id, { version: draft.version, title: 'Huyện sửa' });
    expect(saved).toEqual(read);
    expect(saved.title).toBe('Huyện sửa');
  });

  test('a change of systems or of regime reads the dossier again, with the same result', async () => {
    const draft = await createDraft();
    const systems = [{ systemId: demo.systemOf(DINH_BINH).id, answers: answersForLevel[3] }];
    const first = await saveAndRead('dinhbinh.cntt', draft.id, { version: draft.version, systems });
    expect(first.saved).toEqual(first.read);
    expect(first.saved.proposedLevel).toBe(3);
    const regime = first.saved.regime === 'nd85' ? 'nd331' : 'nd85';
    const second = await saveAndRead('dinhbinh.cntt', draft.id, { version: draft.version + 1, regime });
    expect(second.saved.regime).toBe(regime);
    expect(second.saved).toEqual(second.read);
  });

  test('the record kept in memory, facts and all, equals a fresh read (the saver now a preparer)', async () => {
    const draft = await createDraft();
    const [actor, regimes] = await Promise.all([
      loadActor(app.db, await demo.userId('yendinh.cntt')),
      loadRegimes(app.db),
    ]);
    const current = (await findVisibleDossier(app.db, actor!, draft.id, regimes))!;
    expect(current.facts.preparers).not.toContain(actor!.userId);
    const saved = await updateDossier(app.db, actor!, current, { version: draft.version, title: 'Huyện sửa' }, regimes);
    const kept = recordAfterSave(current, saved!, actor!.userId, regimes);
    const read = (await findVisibleDossier(app.db, actor!, draft.id, regimes))!;
    expect(kept.facts.preparers).toContain(actor!.userId);
    // The search columns stay in the database: neither the read nor the save's answer carries them.
    for (const record of [current, kept, read]) {
      expect(record.dossier).not.toHaveProperty('searchVector');
      expect(record.dossier).not.toHaveProperty('searchSource');
    }
    expect({ ...kept, facts: { ...kept.facts, preparers: [...kept.facts.preparers].sort() } }).toEqual({
      ...read,
      facts: { ...read.facts, preparers: [...read.facts.preparers].sort() },
    });
  });
});
