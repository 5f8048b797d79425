import { and, eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { dossiers } from '#server/db/schema/index.js';
import { compareVersions, versionOfDossier, versionOfSnapshot } from '#shared/dossiers/dossier-versions.js';
import { DINH_BINH, TTDVNN, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import { uploadFile } from '../../support/dossiers.js';
import { tinyPdf } from '../../factories/dossiers.js';
import type { TestApp } from '../../support/test-app.js';

/** The Phiên bản tab's comparison on what the API answers: a demo dossier's frozen copies against it as it is. */
let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

async function read(login: string, operator: string, status: 'submitted' | 'approved') {
  const [row] = await app.db
    .select({ id: dossiers.id })
    .from(dossiers)
    .where(and(eq(dossiers.operatorOrganisationId, demo.org(operator).id), eq(dossiers.status, status)));
  const client = await app.as(login);
  const [dossier, snapshots, attachments] = await Promise.all([
    client.get(`/api/dossiers/${row!.id}`),
    client.get(`/api/dossiers/${row!.id}/snapshots`),
    client.get(`/api/dossiers/${row!.id}/attachments`),
  ]);
  expect(dossier.status, dossier.text).toBe(200);
  return { client, dossier: dossier.json, snapshots: snapshots.json.items, attachments: attachments.json.items };
}

describe('a demo dossier against its frozen copies', () => {
  test('submitted and unchanged since: its submission snapshot and the dossier now do not differ', async () => {
    const { dossier, snapshots, attachments } = await read('ttdvnn.cntt', TTDVNN, 'submitted');
    expect(snapshots.map((s: { kind: string }) => s.kind)).toEqual(['submission']);
    const frozen = versionOfSnapshot(snapshots[0].content);
    expect(frozen.operator.name).toBe(TTDVNN);
    expect(frozen.systems[0]!.name).toBe(dossier.systems[0].name);
    expect(compareVersions(frozen, versionOfDossier(dossier, attachments))).toEqual([]);
  });

  test('approved: the approval snapshot equals the dossier now; since the submission, only the decision', async () => {
    const { dossier, snapshots, attachments } = await read('dinhbinh.cntt', DINH_BINH, 'approved');
    const [submission, approval] = snapshots.map((s: { content: Record<string, unknown> }) =>
      versionOfSnapshot(s.content),
    );
    const now = versionOfDossier(dossier, attachments);
    expect(compareVersions(approval, now)).toEqual([]);
    const changes = compareVersions(submission, now);
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.every((change) => change.segments[0] === 'decision' && change.before === undefined)).toBe(true);
    expect(changes.find((change) => change.key === JSON.stringify(['decision', 'documentNumber']))?.after).toBe(
      dossier.approvalDecision.number,
    );
  });

  test('a file attached after the submission is the one difference', async () => {
    const { client, dossier, snapshots } = await read('ttdvnn.cntt', TTDVNN, 'submitted');
    // Back to the unit, which attaches a file.
    const back = await (
      await app.as('sotttt.thamdinh')
    ).post(`/api/dossiers/${dossier.id}/transitions`, {
      body: { action: 'return', version: dossier.version, comment: 'Bổ sung sơ đồ mạng.' },
    });
    expect(back.status, back.text).toBe(200);
    expect((await uploadFile(client, dossier.id, 'so-do-mang.pdf', tinyPdf())).status).toBe(201);
    const attachments = (await client.get(`/api/dossiers/${dossier.id}/attachments`)).json.items;
    const now = versionOfDossier((await client.get(`/api/dossiers/${dossier.id}`)).json, attachments);
    const changes = compareVersions(versionOfSnapshot(snapshots[0].content), now);
    expect(changes.map((change) => change.segments)).toEqual([['attachments', 'so-do-mang.pdf']]);
    expect(changes[0]).toMatchObject({ before: undefined, after: expect.stringContaining('SHA-256') });
  });
});
