import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { migrationsFolder } from '#server/db/open-db.js';
import { dossierPreparers, dossiers } from '#server/db/schema/index.js';
import { preparersFromAuditTrail } from '#server/modules/dossiers/preparers.js';
import { preparersInTable } from '../../support/preparers-table.js';
import {
  answersForLevel,
  completeContent,
  makeAttachment,
  submittableBody,
  tinyPdf,
} from '../../factories/dossiers.js';
import { makeSystem } from '../../factories/systems.js';
import { makeUser } from '../../factories/users.js';
import { DINH_BINH, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import { uploadFile } from '../../support/dossiers.js';
import type { ApiClient } from '../../support/http-client.js';
import type { TestApp } from '../../support/test-app.js';

/*
 * dossier_preparers is kept by the writers in the transaction of each change; it must always say what the audit
 * trail says (preparersFromAuditTrail), after every kind of change the API makes, and after the migration that
 * filled it.
 */

let app: TestApp;
let demo: Demo;
let officer: ApiClient;
/** A second officer of Định Bình, who saves and attaches. */
let coAuthor: ApiClient;
let coAuthorId: string;
/** A third, who only edits systems' records. */
let systemEditor: ApiClient;
let systemEditorId: string;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));
beforeAll(async () => {
  const officerOf = async (username: string) => {
    const person = await makeUser(app.db, {
      username,
      memberships: [{ organisationId: demo.org(DINH_BINH).id, role: 'officer' }],
    });
    return { id: person.id, client: await app.loginAs(person.username, person.password) };
  };
  officer = await app.as('dinhbinh.cntt');
  ({ id: coAuthorId, client: coAuthor } = await officerOf('dongsoan'));
  ({ id: systemEditorId, client: systemEditor } = await officerOf('suahethong'));
});

/** Each dossier's preparers as sorted "dossier user" pairs. */
const pairs = (preparers: Map<string, string[]>) =>
  [...preparers].flatMap(([dossierId, users]) => users.map((userId) => `${dossierId} ${userId}`)).sort();

const allDossierIds = async () => (await app.db.select({ id: dossiers.id }).from(dossiers)).map(({ id }) => id);

/** The table equals the audit trail's answer for every dossier; returns the pairs. */
async function expectTableEqualsTrail(step: string) {
  const ids = await allDossierIds();
  const kept = pairs(await preparersInTable(app.db, ids));
  expect(kept, step).toEqual(pairs(await preparersFromAuditTrail(app.db, ids)));
  return kept;
}

const preparersOf = async (id: string) => (await preparersInTable(app.db, [id])).get(id) ?? [];
const versionOf = async (id: string) => (await officer.get(`/api/dossiers/${id}`)).json.version as number;
const newSystem = () => makeSystem(app.db, { operatorOrganisationId: demo.org(DINH_BINH).id });

async function editSystem(system: { id: string }, description: string) {
  const current = await systemEditor.get(`/api/systems/${system.id}`);
  const res = await systemEditor.patch(`/api/systems/${system.id}`, {
    body: { version: current.json.version, description },
  });
  expect(res.status, res.text).toBe(200);
}

async function createDossier(systemIds: string[]) {
  const res = await officer.post('/api/dossiers', {
    body: {
      title: 'Hồ sơ kiểm tra bảng người soạn',
      operatorOrganisationId: demo.org(DINH_BINH).id,
      systems: systemIds.map((systemId) => ({ systemId, answers: answersForLevel[2] })),
      ...submittableBody(),
    },
  });
  expect(res.status, res.text).toBe(201);
  return res.json.id as string;
}

async function setSystems(id: string, systemIds: string[]) {
  const res = await officer.patch(`/api/dossiers/${id}`, {
    body: {
      version: await versionOf(id),
      systems: systemIds.map((systemId) => ({ systemId, answers: answersForLevel[2] })),
      confirmLevelAnswers: true,
    },
  });
  expect(res.status, res.text).toBe(200);
}

describe('dossier_preparers says what the audit trail says', () => {
  test('as the demo was migrated and seeded', async () => {
    expect((await expectTableEqualsTrail('demo')).length).toBeGreaterThan(0);
  });

  test('after every kind of change, step by step', async () => {
    const [a, b, c] = [await newSystem(), await newSystem(), await newSystem()];
    // Before the dossier exists: never counted, even once the system joins it.
    await editSystem(c, 'Sửa trước khi lập hồ sơ');
    const first = await createDossier([a.id]);
    await expectTableEqualsTrail('created');
    expect(await preparersOf(first)).toEqual([await demo.userId('dinhbinh.cntt')]);

    // Since the dossier exists, on a system it does not cover yet.
    await editSystem(b, 'Sửa khi hồ sơ chưa gồm hệ thống này');
    await expectTableEqualsTrail('system edited, not covered');
    expect(await preparersOf(first)).not.toContain(systemEditorId);

    const saved = await coAuthor.patch(`/api/dossiers/${first}`, {
      body: { version: await versionOf(first), content: completeContent({ levelExplanation: 'Người đồng soạn viết' }) },
    });
    expect(saved.status, saved.text).toBe(200);
    await expectTableEqualsTrail('saved by another officer');
    expect(await preparersOf(first)).toContain(coAuthorId);

    const uploaded = await uploadFile(coAuthor, first, 'so-do-mang.pdf', tinyPdf());
    expect(uploaded.status, uploaded.text).toBe(201);
    await expectTableEqualsTrail('attached');
    const removed = await officer.request('DELETE', `/api/dossiers/${first}/attachments/${uploaded.json.id}`);
    expect(removed.status, removed.text).toBe(200);
    await expectTableEqualsTrail('detached');

    // The systems change: b's edit since the dossier's creation now counts, c's from before it does not.
    await setSystems(first, [a.id, b.id, c.id]);
    await expectTableEqualsTrail('systems added');
    expect(await preparersOf(first)).toContain(systemEditorId);

    // A second dossier on a, created after those edits; then an edit of a counts for both.
    const second = await createDossier([a.id, b.id]);
    await expectTableEqualsTrail('second dossier');
    expect(await preparersOf(second)).not.toContain(systemEditorId);
    await editSystem(a, 'Sửa khi hai hồ sơ gồm hệ thống này');
    await expectTableEqualsTrail('covered system edited');
    expect(await preparersOf(second)).toContain(systemEditorId);

    // b and c leave the first dossier: their edits no longer count, a's still does.
    await setSystems(first, [a.id]);
    await expectTableEqualsTrail('systems removed, one edited system kept');
    expect(await preparersOf(first)).toContain(systemEditorId);
    // b leaves the second: its editor prepared nothing else of it.
    await setSystems(second, [b.id]);
    await expectTableEqualsTrail('edited system removed');
    expect(await preparersOf(second)).not.toContain(systemEditorId);

    await makeAttachment(app.db, first);
    const submitted = await officer.post(`/api/dossiers/${first}/transitions`, {
      body: { action: 'submit', version: await versionOf(first) },
    });
    expect(submitted.status, submitted.text).toBe(200);
    await expectTableEqualsTrail('submitted');
  });

  test("the migration's backfill gives the same rows", async () => {
    const kept = await expectTableEqualsTrail('before the backfill');
    const migration = readFileSync(path.join(migrationsFolder, '0024_dossier_preparers.sql'), 'utf8');
    const backfill = migration
      .split('--> statement-breakpoint')
      .map((statement) => statement.trim())
      .find((statement) => /^(--.*\n)*INSERT INTO "dossier_preparers"/.test(statement));
    expect(backfill).toBeDefined();
    await app.db.delete(dossierPreparers);
    await app.db.execute(sql.raw(backfill!));
    expect(await expectTableEqualsTrail('after the backfill')).toEqual(kept);
  });
});
