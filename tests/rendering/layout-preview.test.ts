import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { sampleDocuments } from '../support/layout-cases.js';
import { layoutChecks } from '../support/layout-checks.js';
import { writePreview } from '../support/layout-preview.js';
import { renderAll } from '../support/layout-render.js';

/** `npm run docs:preview` writes each document in both formats and tells the clerk's checks on each. */
let folder = '';
afterAll(() => rm(folder, { recursive: true, force: true }));

test('both files of each document, and a line of the checks for each with every problem listed', async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'capdo-docs-preview-'));
  const [draft, issued] = sampleDocuments().filter((document) => document.name.startsWith('approval-decision nd85 '));
  // A draft passed off as issued: nobody signs it, so the summary has problems to list.
  const unsigned = { name: 'approval-decision unsigned', model: { ...draft!.model, status: 'issued' as const } };
  const documents = [draft!, issued!, unsigned];
  const context = { places: ['THANH HÓA', 'YÊN ĐỊNH'] };
  const result = await writePreview({ folder, documents, context, pictures: false });

  expect((await readdir(folder)).sort()).toEqual([
    'approval-decision-nd85-draft.docx',
    'approval-decision-nd85-draft.pdf',
    'approval-decision-nd85-issued.docx',
    'approval-decision-nd85-issued.pdf',
    'approval-decision-unsigned.docx',
    'approval-decision-unsigned.pdf',
    'checks.md',
  ]);
  expect(result.pictures).toBe(false);
  const lines = result.summary.split('\n');
  expect(lines[0]).toMatch(/pages +closing +keep .* PDF\/A$/);
  for (const document of documents) expect(lines.some((line) => line.startsWith(`${document.name} `))).toBe(true);
  // The signer and PDF/A concern the issued document only.
  expect(lines.find((line) => line.startsWith('approval-decision nd85 draft'))).toMatch(/–/);
  for (const check of layoutChecks) expect(result.summary).toContain(`${check.label}: ${check.title}`);

  // The same problems the checks find on the same documents, each named in the summary.
  const expected = (await renderAll(documents)).flatMap((document) =>
    layoutChecks.filter((check) => check.applies(document)).flatMap((check) => check.problems(document, context)),
  );
  expect(expected).toContain(`issued without a signer's name under "PHÓ GIÁM ĐỐC"`);
  expect(result.problems).toBe(expected.length);
  for (const problem of expected) expect(result.summary).toContain(problem);
  expect(await readFile(path.join(folder, 'checks.md'), 'utf8')).toContain(result.summary);
});
