import { beforeAll, describe, expect, test } from 'vitest';
import { formKeys } from '#shared/regimes/regime.schemas.js';
import { registerNames, sampleDocuments } from '../support/layout-cases.js';
import { layoutChecks } from '../support/layout-checks.js';
import { registerPlaces } from '../support/layout-header.js';
import { renderAll, type RenderedLayout } from '../support/layout-render.js';

/**
 * What a records clerk checks before signing and filing (docs/documents-checked.md), on every form of
 * both regimes from its sample, as a draft and as issued, in both formats. Each document is rendered
 * once; every check reads the same files. The demo's own dossiers: tests/server/documents/layout-demo.test.ts.
 */
const documents = sampleDocuments();
const context = { places: registerPlaces(registerNames()) };
const rendered = new Map<string, RenderedLayout>();

beforeAll(async () => {
  for (const document of await renderAll(documents)) rendered.set(document.name, document);
}, 180_000);

test('every form of both regimes, each as a draft and as issued', () => {
  const names = documents.map((document) => document.name);
  for (const key of formKeys)
    for (const status of ['draft', 'issued'])
      expect(names.filter((name) => name.startsWith(`${key} `) && name.endsWith(` ${status}`)).length).toBeGreaterThan(
        0,
      );
  // The forms both regimes use are there under each.
  for (const key of ['explanation', 'appraisal-opinion', 'submission-approval', 'approval-decision'])
    for (const regime of ['nd85', 'nd331']) expect(names).toContain(`${key} ${regime} issued`);
  expect(new Set(names).size).toBe(names.length);
  // The place names the header check guards are the register's: communes, the district, the province.
  expect(context.places).toEqual(expect.arrayContaining(['ĐỊNH BÌNH', 'QUÁN LÀO', 'YÊN ĐỊNH', 'THANH HÓA']));
});

describe.each(layoutChecks)('$title', (check) => {
  const names = documents.filter((document) => check.applies(document)).map((document) => document.name);
  test.each(names)('%s', (name) => {
    expect(check.problems(rendered.get(name)!, context)).toEqual([]);
  });
});
