import { eq, sql } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { dossiers } from '#server/db/schema/index.js';
import { loadActor } from '#server/modules/auth/sessions.js';
import { findVisibleDossier } from '#server/modules/dossiers/queries.js';
import { loadRegimes } from '#server/modules/regimes/load-regimes.js';
import { makeSubmittableDossier, returnRecords, submittableBody } from '../../factories/dossiers.js';
import { DINH_BINH, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import { transition } from '../../support/dossiers.js';
import type { TestApp } from '../../support/test-app.js';

// A dossier's history of returns grows by a record with every return. A workflow step neither reads nor rewrites
// it: it reads the review without it and appends its own return in the UPDATE (transition-dossier.ts).
let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

/** The stored review, as the database holds it. */
async function storedReview(id: string) {
  const [row] = await app.db
    .select({ review: dossiers.review, hasReturns: sql<boolean>`${dossiers.review} ? 'returns'` })
    .from(dossiers)
    .where(eq(dossiers.id, id));
  return row!;
}

test('a return appends to the history as stored, oldest first; the other steps keep it whole', async () => {
  const officerId = await demo.userId('dinhbinh.cntt');
  const appraiserId = await demo.userId('sotttt.thamdinh');
  const earlier = returnRecords(3, appraiserId);
  const dossier = await makeSubmittableDossier(app.db, {
    operatorOrganisationId: demo.org(DINH_BINH).id,
    systems: [{ systemId: demo.systemOf(DINH_BINH).id }],
    status: 'submitted',
    preparedBy: officerId,
    submittedBy: officerId,
    review: { submitters: [officerId], returns: earlier },
  });
  const appraiser = await app.as('sotttt.thamdinh');
  const officer = await app.as('dinhbinh.cntt');

  const returned = await transition(appraiser, dossier.id, { action: 'return', version: 1, comment: 'Lần thứ tư' });
  expect(returned.status).toBe(200);
  expect(returned.json.review.returns).toEqual([
    ...earlier,
    expect.objectContaining({ kind: 'return', by: appraiserId, comment: 'Lần thứ tư' }),
  ]);
  expect(returned.json.review.submitters).toEqual([officerId]);

  const saved = await officer.patch(`/api/dossiers/${dossier.id}`, { body: { version: 2, ...submittableBody() } });
  expect(saved.status).toBe(200);
  const submitted = await transition(officer, dossier.id, { action: 'submit', version: 3 });
  expect(submitted.status).toBe(200);
  expect((await storedReview(dossier.id)).review).toMatchObject({ returns: returned.json.review.returns });

  const conclusions = { level: 'suitable', designPlan: 'unsuitable', operationPlan: 'suitable' };
  const unsuitable = await transition(appraiser, dossier.id, {
    action: 'appraise',
    version: 4,
    conclusions,
    comment: 'Thiết kế thiếu phân vùng mạng',
  });
  expect(unsuitable.status).toBe(200);
  expect(unsuitable.json.review.returns).toHaveLength(5);
  expect(unsuitable.json.review.returns.slice(0, 4)).toEqual(returned.json.review.returns);
  expect(unsuitable.json.review.returns[4]).toMatchObject({ kind: 'unsuitable', conclusions });
  expect(unsuitable.json.review.appraisal).toMatchObject({ conclusions, comment: 'Thiết kế thiếu phân vùng mạng' });
});

test('a dossier never sent back stores no history after its steps; a step reads the review without it', async () => {
  const officerId = await demo.userId('dinhbinh.cntt');
  const dossier = await makeSubmittableDossier(app.db, {
    operatorOrganisationId: demo.org(DINH_BINH).id,
    systems: [{ systemId: demo.systemOf(DINH_BINH).id }],
    preparedBy: officerId,
  });
  const officer = await app.as('dinhbinh.cntt');
  const saved = await officer.patch(`/api/dossiers/${dossier.id}`, { body: { version: 1, ...submittableBody() } });
  expect(saved.status).toBe(200);
  expect((await transition(officer, dossier.id, { action: 'submit', version: 2 })).status).toBe(200);
  const stored = await storedReview(dossier.id);
  expect(stored.hasReturns).toBe(false);
  expect(stored.review).toEqual({ submitters: [officerId] });

  // The read a step plans from: the same record as the page's, less the history (and so the same decisions).
  await transition(await app.as('sotttt.thamdinh'), dossier.id, { action: 'return', version: 3, comment: 'Bổ sung' });
  const actor = (await loadActor(app.db, officerId))!;
  const regimes = await loadRegimes(app.db);
  const page = await findVisibleDossier(app.db, actor, dossier.id, regimes);
  const forStep = await findVisibleDossier(app.db, actor, dossier.id, regimes, { withoutReturns: true });
  expect(page!.dossier.review.returns).toHaveLength(1);
  const { returns: _history, ...rest } = page!.dossier.review;
  expect(forStep!.dossier.review).toEqual(rest);
  expect(forStep!.facts).toEqual(page!.facts);
  expect(forStep!.completeness).toEqual(page!.completeness);
});
