import { execFile } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { formKeys } from '#shared/regimes/regime.schemas.js';
import { formDefinition } from '#templates/forms/index.js';
import { renderDocx } from '../rendering/render-docx.js';
import { renderPdf } from '../rendering/render-pdf.js';

/**
 * npm run docs:preview [folder]: renders every form's sample as PDF and DOCX, and the first page of
 * each PDF as a PNG (poppler's pdftoppm), into one folder (docs-preview/ by default), so anyone can
 * look at the official format without running the app.
 */
const run = promisify(execFile);
const folder = path.resolve(process.argv[2] ?? 'docs-preview');

await rm(folder, { recursive: true, force: true });
await mkdir(folder, { recursive: true });
let pictures = true;
for (const key of formKeys) {
  const definition = formDefinition(key);
  const model = definition.template(definition.schema.parse(definition.sample), 2026);
  const base = path.join(folder, key);
  await writeFile(`${base}.pdf`, await renderPdf(model));
  await writeFile(`${base}.docx`, await renderDocx(model));
  if (pictures) {
    try {
      await run('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', `${base}.pdf`, base]);
    } catch {
      pictures = false;
      console.warn(
        'pdftoppm (poppler-utils) is not installed: PDFs and DOCX only. On Debian: apt-get install poppler-utils',
      );
    }
  }
  console.log(`${key}: ${definition.title}`);
}
console.log(`\n${formKeys.length} forms in ${folder}${pictures ? ' (PDF, DOCX and the first page as PNG)' : ''}`);
