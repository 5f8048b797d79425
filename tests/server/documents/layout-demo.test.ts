import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { layoutChecks, problemsOf, type LayoutContext } from '../../support/layout-checks.js';
import {
  addDraftDossiers,
  complianceReportDocument,
  dossierDocuments,
  organisationNames,
} from '../../support/layout-demo.js';
import { registerPlaces } from '../../support/layout-header.js';
import { renderAll, type RenderedLayout } from '../../support/layout-render.js';
import { openTestDb, type TestDb } from '../../support/test-database.js';

/**
 * The records clerk's checks (docs/documents-checked.md) on the demo's real documents: every form each
 * demo dossier offers, made as the server makes a download, two new dossiers' drafts (one per regime)
 * and the district's compliance report, each rendered once in both formats. The header check guards
 * the place names of the whole organisation register of the database.
 */
let database: TestDb | undefined;
let documents: RenderedLayout[] = [];
let context: LayoutContext = { places: [] };

beforeAll(async () => {
  database = await openTestDb();
  const { db } = database;
  await addDraftDossiers(db);
  documents = await renderAll([...(await dossierDocuments(db)), await complianceReportDocument(db)]);
  context = { places: registerPlaces(await organisationNames(db)) };
}, 300_000);
afterAll(() => database?.close());

test("the demo's documents: issued and drafts, both regimes, every commune's header", () => {
  const issued = documents.filter((document) => document.model.status === 'issued');
  const drafts = documents.filter((document) => document.model.status === 'draft');
  // 27 approved dossiers with 4 issued forms, 3 waiting with 2 issued and the opinion in draft, the report.
  expect(issued.length).toBeGreaterThanOrEqual(27 * 4 + 3 * 2 + 1);
  expect(drafts.length).toBeGreaterThanOrEqual(3 + 4 + 7);
  expect(documents.some((document) => document.name.includes(' nd331 '))).toBe(true);
  expect(context.places).toEqual(expect.arrayContaining(['ĐỊNH BÌNH', 'YÊN TRƯỜNG', 'THỐNG NHẤT', 'YÊN ĐỊNH']));
});

describe.each(layoutChecks)('$title', (check) => {
  test('on every demo document it concerns', () => {
    expect(documents.filter((document) => check.applies(document)).length).toBeGreaterThan(0);
    expect(problemsOf(check, documents, context)).toEqual([]);
  });
});
