import { describe, expect, test } from 'vitest';
import { inArray } from 'drizzle-orm';
import { designations } from '#server/db/schema/index.js';
import { DEMO_PASSWORD, DINH_BINH, DINH_CONG, DISTRICT, PROVINCE, SO_TTTT, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import type { TestApp } from '../../support/test-app.js';

/*
 * A reviewer's home is the dashboard of the subtree they review, not of their own unit (the Sở has no systems: its own
 * subtree reads 0/0 while the inbox says four wait). The session names those subtrees, first by the Vietnamese order.
 */

let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

const subtree = (name: string) => ({ organisationId: demo.org(name).id, organisationName: name });

describe('the subtrees a person reviews, with the session', () => {
  test("the Sở's appraiser and approver review the province; an officer and a reporter nothing", async () => {
    for (const username of ['sotttt.thamdinh', 'sotttt.lanhdao']) {
      const me = await (await app.as(username)).get('/api/auth/me');
      expect(me.status).toBe(200);
      expect(me.json.reviewedSubtrees).toEqual([subtree(PROVINCE)]);
    }
    for (const username of ['dinhbinh.cntt', 'yendinh.tonghop']) {
      const me = await (await app.as(username)).get('/api/auth/me');
      expect(me.json.reviewedSubtrees).toEqual([]);
    }
  });

  test('several in force come in the Vietnamese order; one that ended does not come', async () => {
    const added = await app.db
      .insert(designations)
      .values([
        {
          designatedOrganisationId: demo.org(SO_TTTT).id,
          subtreeRootId: demo.org(DINH_BINH).id,
          validFrom: '2020-01-01',
        },
        {
          designatedOrganisationId: demo.org(SO_TTTT).id,
          subtreeRootId: demo.org(DISTRICT).id,
          validFrom: '2020-01-01',
        },
        {
          designatedOrganisationId: demo.org(SO_TTTT).id,
          subtreeRootId: demo.org(DINH_CONG).id,
          validFrom: '2020-01-01',
          validTo: '2020-12-31',
        },
      ])
      .returning();
    try {
      const me = await (await app.as('sotttt.thamdinh')).get('/api/auth/me');
      // huyện < tỉnh < xã
      expect(me.json.reviewedSubtrees).toEqual([subtree(DISTRICT), subtree(PROVINCE), subtree(DINH_BINH)]);
      const login = await app
        .anonymous()
        .post('/api/auth/login', { body: { username: 'sotttt.lanhdao', password: DEMO_PASSWORD } });
      expect(login.json.reviewedSubtrees?.map((s: { organisationName: string }) => s.organisationName)).toEqual([
        DISTRICT,
        PROVINCE,
        DINH_BINH,
      ]);
    } finally {
      await app.db.delete(designations).where(
        inArray(
          designations.id,
          added.map((row) => row.id),
        ),
      );
    }
  });
});
