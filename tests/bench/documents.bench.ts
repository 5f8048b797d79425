import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { formKeys } from '#shared/regimes/regime.schemas.js';
import type { DocumentModel } from '#templates/document-model.js';
import { formDefinition } from '#templates/forms/index.js';
import { renderDocx } from '#server/rendering/render-docx.js';
import { renderPdfWithInfo } from '#server/rendering/render-pdf.js';
import { writeResults } from './bench-results.js';

/**
 * npm run bench:documents: documents per second for DOCX and PDF (and PDF pages per second), one
 * process on one core, warm (fonts parsed, code compiled), rendering every form's sample in turn;
 * then, where LibreOffice is installed, the time it takes to turn the same DOCX into PDF.
 */
const run = promisify(execFile);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const models: DocumentModel[] = formKeys.map((key) => {
  const definition = formDefinition(key);
  return definition.template(definition.schema.parse(definition.sample), 2026);
});

async function measure(render: (model: DocumentModel) => Promise<number>) {
  for (const model of models) await render(model); // warm-up
  let documents = 0;
  let pages = 0;
  const started = performance.now();
  while (performance.now() - started < SECONDS * 1000) {
    for (const model of models) {
      pages += await render(model);
      documents += 1;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  return { documents, pages, seconds, perSecond: documents / seconds, pagesPerSecond: pages / seconds };
}

async function libreOffice(): Promise<string> {
  const soffice = await run('sh', ['-c', 'command -v soffice || command -v libreoffice'])
    .then((r) => r.stdout.trim())
    .catch(() => '');
  if (!soffice) return 'not installed on this machine';
  const folder = await mkdtemp(path.join(tmpdir(), 'capdo-bench-lo-'));
  try {
    const files = await Promise.all(
      models.slice(0, 3).map(async (model, i) => {
        const file = path.join(folder, `form-${i}.docx`);
        await writeFile(file, await renderDocx(model));
        return file;
      }),
    );
    const started = performance.now();
    for (const file of files)
      await run(soffice, ['--headless', '--convert-to', 'pdf', '--outdir', folder, file], { timeout: 120_000 });
    const perDocument = (performance.now() - started) / 1000 / files.length;
    const perSecond = (1 / perDocument).toFixed(2);
    return `${perDocument.toFixed(2)} s per document (${perSecond} documents/s), cold start included`;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

const loadAtStart = loadavg()[0]!;
const docx = await measure(async (model) => {
  await renderDocx(model);
  return 0;
});
const pdf = await measure(async (model) => (await renderPdfWithInfo(model)).pages);
const lo = await libreOffice();

const table = [
  `Documents benchmark (${new Date().toISOString().slice(0, 10)}, ${models.length} forms' samples in turn, ` +
    `${SECONDS} s each, one process, warm)`,
  '',
  '| renderer | documents/s | pages/s | ms per document |',
  '|---|---:|---:|---:|',
  `| DOCX (docx) | ${docx.perSecond.toFixed(1)} | - | ${(1000 / docx.perSecond).toFixed(1)} |`,
  `| PDF (pdfkit + Tinos) | ${pdf.perSecond.toFixed(1)} | ${pdf.pagesPerSecond.toFixed(1)} | ` +
    `${(1000 / pdf.perSecond).toFixed(1)} |`,
  '',
  `PDF pages per document: ${(pdf.pages / pdf.documents).toFixed(1)} on average. Target: at least 20 PDF pages/s on ` +
    `one core: ${pdf.pagesPerSecond >= 20 ? 'met' : 'NOT met'}.`,
  `LibreOffice DOCX -> PDF: ${lo}.`,
  `Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}; load average (1 min) ` +
    `${loadAtStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end.`,
].join('\n');
console.log(table);
await writeResults('documents.md', table);
