import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, expect, test, vi } from 'vitest';
import { dossierReviewSchema } from '#shared/dossiers/dossier-review.schemas.js';
import { dossiers } from '#server/db/schema/index.js';
import { DINH_BINH, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import { downloadBytes } from '../../support/read-documents.js';
import type { TestApp } from '../../support/test-app.js';

/**
 * A dossier's `review` is read through dossierReviewSchema: a stored value that does not match
 * (an old row, an edit by hand) answers a clear error naming the dossier, never a page or a
 * document drawn from it.
 */
let app: TestApp;
let demo: Demo;
let dossierId = '';
let stored: unknown;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));
beforeAll(async () => {
  const [approved] = await app.db
    .select()
    .from(dossiers)
    .where(and(eq(dossiers.operatorOrganisationId, demo.org(DINH_BINH).id), eq(dossiers.status, 'approved')));
  dossierId = approved!.id;
  stored = approved!.review;
});

/** Writes a raw JSON value into the row, past the column's type, as an old or hand-edited row would hold it. */
const storeReview = (value: unknown) =>
  app.db
    .update(dossiers)
    .set({ review: sql`${JSON.stringify(value)}::jsonb` })
    .where(eq(dossiers.id, dossierId));

test("every demo dossier's review matches the schema", async () => {
  const rows = await app.db.select({ id: dossiers.id, review: dossiers.review }).from(dossiers);
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) expect(dossierReviewSchema.safeParse(row.review).error, row.id).toBeUndefined();
  expect(stored).toMatchObject({ appraisal: { conclusions: { level: 'suitable' } }, decision: {} });
});

test('a malformed review answers 500 naming the dossier, for the dossier and for its documents', async () => {
  const client = await app.as('dinhbinh.cntt');
  const before = await downloadBytes(client, `/api/dossiers/${dossierId}/documents/appraisal-opinion.pdf`);
  expect(before.status).toBe(200);

  // The appraisal's conclusion is no longer one the opinion letter knows how to print.
  const review = stored as { appraisal: { conclusions: Record<string, string> } };
  await storeReview({
    ...review,
    appraisal: { ...review.appraisal, conclusions: { ...review.appraisal.conclusions, level: 'maybe' } },
  });
  const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    const page = await client.get(`/api/dossiers/${dossierId}`);
    expect(page.status).toBe(500);
    expect(page.json.error.code).toBe('malformed_dossier');
    expect(page.json.error.message).toContain(`Hồ sơ ${dossierId}`);
    expect(page.json.error.message).toContain('review.appraisal.conclusions.level');

    for (const file of ['appraisal-opinion.pdf', 'approval-decision.docx']) {
      const document = await downloadBytes(client, `/api/dossiers/${dossierId}/documents/${file}`);
      expect(document.status, file).toBe(500);
      expect(document.headers.get('content-type'), file).toMatch(/^application\/json/);
      const body = JSON.parse(document.body.toString('utf8'));
      expect(body.error.code, file).toBe('malformed_dossier');
      expect(body.error.message, file).toContain(dossierId);
    }

    // The log keeps the whole problem for the administrator who mends the row.
    expect(logged.mock.calls.flat().join('\n')).toContain(`dossier ${dossierId}: stored review`);
  } finally {
    logged.mockRestore();
  }
});

test('a review that is not an object at all, or a return of an unknown kind, is refused the same way', async () => {
  const client = await app.as('dinhbinh.cntt');
  const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    await storeReview(['not', 'an', 'object']);
    const list = await client.get(`/api/dossiers/${dossierId}`);
    expect(list.status).toBe(500);
    expect(list.json.error.message).toContain('(tại review)');

    await storeReview({ ...(stored as object), returns: [{ kind: 'lost', comment: 'x' }] });
    const returned = await client.get(`/api/dossiers/${dossierId}`);
    expect(returned.status).toBe(500);
    expect(returned.json.error.message).toContain('review.returns[0]');
  } finally {
    logged.mockRestore();
  }
});

test('once the row is mended the dossier and its documents answer again', async () => {
  await storeReview(stored);
  const client = await app.as('dinhbinh.cntt');
  const page = await client.get(`/api/dossiers/${dossierId}`);
  expect(page.status).toBe(200);
  expect(page.json.review).toEqual(stored);
  const document = await downloadBytes(client, `/api/dossiers/${dossierId}/documents/appraisal-opinion.pdf`);
  expect(document.status).toBe(200);
});
