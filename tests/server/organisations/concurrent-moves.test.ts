import { describe, expect, test } from 'vitest';
import { organisations } from '#server/db/schema/index.js';
import { makeOrganisation } from '../../factories/organisations.js';
import { DINH_BINH, DINH_CONG, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import type { TestApp } from '../../support/test-app.js';

/*
 * Moves checked against each other's old paths (A under B while B goes under A) must not both
 * pass: the tree would hold a loop no materialised path can describe, and every scope check that
 * reads those paths would go wrong.
 */

let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

/**
 * What every organisation must satisfy: its path is its parent's path and its own id, its depth
 * one more than its parent's, so following the parents always ends at a root.
 */
async function treeFaults(): Promise<string[]> {
  const rows = await app.db.select().from(organisations);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const faults: string[] = [];
  for (const row of rows) {
    const parent = row.parentId ? byId.get(row.parentId) : undefined;
    if (`${parent?.path ?? ''}${row.id}/` !== row.path) faults.push(`${row.name}: path`);
    if ((parent ? parent.depth + 1 : 0) !== row.depth) faults.push(`${row.name}: depth`);
    const seen = new Set<string>();
    for (let at: typeof row | undefined = row; at; at = at.parentId ? byId.get(at.parentId) : undefined) {
      if (seen.has(at.id)) {
        faults.push(`${row.name}: cycle`);
        break;
      }
      seen.add(at.id);
    }
  }
  return faults;
}

describe('moves at the same moment', () => {
  test('A under B and B under A at once: one moves, the other answers 400 in Vietnamese, never a cycle', async () => {
    const admin = await app.as('admin');
    for (let round = 1; round <= 4; round++) {
      const a = await makeOrganisation(app.db, { parent: demo.org(DINH_BINH), name: `Tổ A vòng ${round}` });
      const b = await makeOrganisation(app.db, { parent: demo.org(DINH_BINH), name: `Tổ B vòng ${round}` });
      const answers = await Promise.all([
        admin.patch(`/api/organisations/${a.id}`, { body: { version: a.version, parentId: b.id } }),
        admin.patch(`/api/organisations/${b.id}`, { body: { version: b.version, parentId: a.id } }),
      ]);
      expect(answers.map((res) => res.status).sort()).toEqual([200, 400]);
      const refused = answers.find((res) => res.status === 400)!;
      expect(refused.json.error).toMatchObject({
        code: 'validation_failed',
        issues: [
          { path: 'parentId', message: 'Không thể chuyển đơn vị vào chính nó hoặc một đơn vị cấp dưới của nó.' },
        ],
      });
      expect(await treeFaults()).toEqual([]);
    }
  });

  test('a unit created under a parent moving at the same moment takes the path of where it went', async () => {
    const admin = await app.as('admin');
    for (let round = 1; round <= 4; round++) {
      const parent = await makeOrganisation(app.db, { parent: demo.org(DINH_BINH), name: `Tổ di chuyển ${round}` });
      const [moved, created] = await Promise.all([
        admin.patch(`/api/organisations/${parent.id}`, {
          body: { version: parent.version, parentId: demo.org(DINH_CONG).id },
        }),
        admin.post('/api/organisations', {
          body: { parentId: parent.id, kind: 'other', name: `Nhóm mới ${round}`, shortName: 'NM', place: 'Yên Định' },
        }),
      ]);
      expect(moved.status).toBe(200);
      expect(created.status).toBe(201);
      expect(await treeFaults()).toEqual([]);
    }
  });
});
