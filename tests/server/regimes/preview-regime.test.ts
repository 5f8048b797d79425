import { asc } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Assessment } from '#shared/dossiers/dossiers.schemas.js';
import type { Regime } from '#shared/regimes/regime.schemas.js';
import { auditEvents, dossiers, dossierSystems, regimeSettings } from '#server/db/schema/index.js';
import { makeDossier } from '../../factories/dossiers.js';
import { makeOrganisation } from '../../factories/organisations.js';
import { makeSystem } from '../../factories/systems.js';
import { makeUser } from '../../factories/users.js';
import { DISTRICT, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import type { ApiClient } from '../../support/http-client.js';
import { snapshotTables } from '../../support/snapshot.js';
import type { TestApp } from '../../support/test-app.js';

let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => {
  app = opened;
  demo = loaded;
});

interface Change {
  system: { id: string; name: string };
  operator: { id: string; name: string; shortName: string };
  currentLevel: number | null;
  previewLevel: number | null;
  matchedRules: Array<{ ruleId: string; level: number }>;
}

/** The regime as the API serves it now, to edit like the screen does. */
async function regimeOf(client: ApiClient, id: 'nd85' | 'nd331'): Promise<Regime> {
  const res = await client.request('GET', '/api/regimes');
  return res.json.items.find((regime: Regime) => regime.id === id);
}

function withRuleLevel(regime: Regime, ruleId: string, level: number): Regime {
  const edited = structuredClone(regime);
  const rule = edited.rules.find((r) => r.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  rule.level = level;
  return edited;
}

const preview = (client: ApiClient, regime: unknown, id = 'nd85') =>
  client.request('POST', `/api/regimes/${id}/preview`, { body: regime });

/** The demo systems whose stored nd85 determination matched this rule (read from the dossiers, not the API). */
async function demoSystemsMatching(ruleId: string): Promise<string[]> {
  const rows = await app.db.select().from(dossierSystems);
  const ids = new Set(
    rows
      .filter((row) => (row.assessment as Assessment | null)?.matchedRules.some((rule) => rule.ruleId === ruleId))
      .map((row) => row.systemId),
  );
  return demo.systems
    .filter((system) => ids.has(system.id))
    .map((system) => system.id)
    .sort();
}

/** Every table a preview could write to, as comparable JSON. */
async function everything() {
  return {
    ...(await snapshotTables(app.db)),
    regimeSettings: JSON.parse(JSON.stringify(await app.db.select().from(regimeSettings))),
    auditEvents: JSON.parse(JSON.stringify(await app.db.select().from(auditEvents).orderBy(asc(auditEvents.id)))),
    dossiers: JSON.parse(JSON.stringify(await app.db.select().from(dossiers).orderBy(asc(dossiers.id)))),
    dossierSystems: JSON.parse(
      JSON.stringify(await app.db.select().from(dossierSystems).orderBy(asc(dossierSystems.systemId))),
    ),
  };
}

describe('a province administrator previews an edited regime over the demo', () => {
  test('R2 raised to level 3 lists exactly the systems matching R2, each from 2 to 3, and saves nothing', async () => {
    const admin = await app.as('admin');
    const before = await everything();
    const res = await preview(admin, withRuleLevel(await regimeOf(admin, 'nd85'), 'R2', 3));
    expect(res.status).toBe(200);

    const expected = await demoSystemsMatching('R2');
    // The 26 communes and towns and the 3 public service units: internal systems with private and personal data.
    expect(expected).toHaveLength(29);
    const changes: Change[] = res.json.changes;
    expect(changes.map((change) => change.system.id).sort()).toEqual(expected);
    for (const change of changes) {
      expect(change).toMatchObject({ currentLevel: 2, previewLevel: 3 });
      expect(change.matchedRules[0]).toMatchObject({ ruleId: 'R2', level: 3 });
      const system = demo.systems.find((s) => s.id === change.system.id)!;
      expect(change.system.name).toBe(system.name);
      expect(change.operator.id).toBe(system.operatorOrganisationId);
    }
    // Every demo system has an nd85 determination: all of them were compared.
    expect(res.json.examined).toBe(demo.systems.length);
    expect(await everything()).toEqual(before);
  });

  test('raising R3 to level 3 lists only the district portal, with its operating unit', async () => {
    const admin = await app.as('admin');
    const res = await preview(admin, withRuleLevel(await regimeOf(admin, 'nd85'), 'R3', 3));
    expect(res.status).toBe(200);
    expect(await demoSystemsMatching('R3')).toEqual([demo.systemOf(DISTRICT).id]);
    expect(res.json.changes).toEqual([
      {
        system: { id: demo.systemOf(DISTRICT).id, name: 'Cổng thông tin điện tử huyện Yên Định' },
        operator: { id: demo.org(DISTRICT).id, name: DISTRICT, shortName: 'UBND' },
        currentLevel: 2,
        previewLevel: 3,
        matchedRules: [
          expect.objectContaining({ ruleId: 'R3', level: 3 }),
          expect.objectContaining({ ruleId: 'R4', level: 2 }),
        ],
      },
    ]);
  });

  test('a rule lowered where another rule keeps the level changes nothing (the highest match decides)', async () => {
    const admin = await app.as('admin');
    // The portal matches R3 and R4, both level 2: R4 alone at level 1 leaves it at 2.
    expect(await demoSystemsMatching('R4')).toEqual([demo.systemOf(DISTRICT).id]);
    const res = await preview(admin, withRuleLevel(await regimeOf(admin, 'nd85'), 'R4', 1));
    expect(res.status).toBe(200);
    expect(res.json.changes).toEqual([]);
  });

  test('the regime unchanged lists no system', async () => {
    const admin = await app.as('admin');
    for (const id of ['nd85', 'nd331'] as const) {
      const res = await preview(admin, await regimeOf(admin, id), id);
      expect(res.status).toBe(200);
      expect(res.json.changes).toEqual([]);
    }
    expect((await preview(admin, await regimeOf(admin, 'nd85'))).json.examined).toBe(demo.systems.length);
    // No demo dossier is under nd331: nothing to compare there.
    expect((await preview(admin, await regimeOf(admin, 'nd331'), 'nd331')).json.examined).toBe(0);
  });
});

describe('whose answers count', () => {
  let other: ApiClient;
  let systemId: string;

  // A second top-level organisation with its own administrator and one system: outside the demo province.
  beforeAll(async () => {
    const root = await makeOrganisation(app.db, { parent: null, kind: 'province', name: 'UBND tỉnh Thử Nghiệm' });
    const system = await makeSystem(app.db, { operatorOrganisationId: root.id, name: 'Hệ thống của tỉnh khác' });
    systemId = system.id;
    const user = await makeUser(app.db, { memberships: [{ organisationId: root.id, role: 'admin' }] });
    other = await app.loginAs(user.username, user.password);
    const at = (day: string) => new Date(`${day}T09:00:00+07:00`);
    // Determined at level 2 (R2), then again at level 1 (R1); a later withdrawn dossier (level 3) does not count.
    await makeDossier(app.db, {
      operatorOrganisationId: root.id,
      systems: [{ systemId, level: 2 }],
      status: 'approved',
      createdAt: at('2023-01-10'),
    });
    await makeDossier(app.db, {
      operatorOrganisationId: root.id,
      systems: [{ systemId, level: 1 }],
      createdAt: at('2024-01-10'),
    });
    await makeDossier(app.db, {
      operatorOrganisationId: root.id,
      systems: [{ systemId, level: 3 }],
      status: 'withdrawn',
      createdAt: at('2025-01-10'),
    });
  });

  test("each system's latest determination under the regime is the one compared", async () => {
    const nd85 = await regimeOf(other, 'nd85');
    const r2 = await preview(other, withRuleLevel(nd85, 'R2', 3));
    expect(r2.json).toEqual({ regime: 'nd85', examined: 1, changes: [] });
    const r1 = await preview(other, withRuleLevel(nd85, 'R1', 2));
    expect(r1.json.changes).toEqual([
      expect.objectContaining({ system: { id: systemId, name: 'Hệ thống của tỉnh khác' }, currentLevel: 1 }),
    ]);
    expect(r1.json.changes[0].previewLevel).toBe(2);
  });

  test("only systems in the caller's scope are examined and listed", async () => {
    const admin = await app.as('admin');
    const nd85 = await regimeOf(admin, 'nd85');
    const mine = await preview(admin, withRuleLevel(nd85, 'R1', 2));
    expect(mine.json.examined).toBe(demo.systems.length);
    expect(mine.json.changes.map((change: Change) => change.system.id)).not.toContain(systemId);
    const theirs = await preview(other, withRuleLevel(nd85, 'R2', 4));
    expect(theirs.json.examined).toBe(1);
  });
});

describe('who may preview, and with what', () => {
  test('anyone else gets 403 exactly as for saving, and nothing changes', async () => {
    for (const username of ['yendinh.cntt', 'sotttt.lanhdao', 'dinhbinh.cntt']) {
      const client = await app.as(username);
      const nd85 = withRuleLevel(await regimeOf(client, 'nd85'), 'R2', 3);
      const before = await everything();
      const res = await preview(client, nd85);
      expect(res.status, username).toBe(403);
      expect(res.json.error.code).toBe('forbidden');
      expect(res.status).toBe((await client.request('PUT', '/api/regimes/nd85', { body: nd85 })).status);
      expect(await everything()).toEqual(before);
    }
  });

  test('a malformed regime answers 400 naming each field in Vietnamese', async () => {
    const admin = await app.as('admin');
    const nd85 = await regimeOf(admin, 'nd85');
    const broken = structuredClone(nd85) as unknown as Record<string, any>;
    broken.rules[0].level = 9;
    broken.rules[1].citation.vi = '';
    broken.clocks.approval.days = 0;
    const res = await preview(admin, broken);
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('validation_failed');
    const issues: Array<{ path: string; message: string }> = res.json.error.issues;
    expect(issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining(['rules[0].level', 'rules[1].citation.vi', 'clocks.approval.days']),
    );
    expect(issues.find((issue) => issue.path === 'rules[0].level')?.message).toMatch(/5/);
    expect(issues.every((issue) => /[àáảãạâăđêôơư]/i.test(issue.message))).toBe(true);

    const mismatch = await preview(admin, nd85, 'nd331');
    expect(mismatch.status).toBe(400);
    expect(mismatch.json.error.issues).toEqual([
      { path: 'id', message: 'Mã chế độ trong nội dung không khớp với địa chỉ.' },
    ]);
  });

  test('an unknown regime in the address answers 400 naming it', async () => {
    const admin = await app.as('admin');
    const res = await preview(admin, await regimeOf(admin, 'nd85'), 'nd99');
    expect(res.status).toBe(400);
    expect(res.json.error.issues.map((issue: { path: string }) => issue.path)).toContain('id');
  });
});
