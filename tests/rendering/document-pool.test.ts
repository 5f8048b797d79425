import { availableParallelism } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, expect, test } from 'vitest';
import { closeDocumentPool, documentPoolSize, runInPool } from '#server/rendering/document-pool.js';
import { renderPdfWithInfo } from '#server/rendering/render-pdf.js';
import { formDefinition } from '#templates/forms/index.js';
import { pdfInfo, pdfText } from '../support/read-documents.js';

/** The document pool: PDF, DOCX, ZIP and XLSX made on worker threads while the event loop stays free. */
afterAll(() => closeDocumentPool());

const decision = formDefinition('approval-decision');
const model = () => ({ ...decision.template(decision.schema.parse(decision.sample), 2026), fileName: 'quyet-dinh' });

/** The event loop's delay (ms) while `work` runs, sampled every 5 ms, with a timer loop ticking beside it. */
async function loopDelayDuring(work: () => Promise<unknown>) {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  let ticks = 0;
  let ticking = true;
  let last = performance.now();
  let longestGap = 0;
  const tick = () => {
    ticks += 1;
    const now = performance.now();
    longestGap = Math.max(longestGap, now - last);
    last = now;
    if (ticking) setTimeout(tick, 1);
  };
  delay.enable();
  tick();
  const started = performance.now();
  await work();
  const elapsed = performance.now() - started;
  // One more turn of the loop, so a delay that lasted until the end of the work is sampled.
  await new Promise((resolve) => setTimeout(resolve, 20));
  ticking = false;
  delay.disable();
  return { elapsed, ticks, longestGap, p99: delay.percentile(99) / 1e6, max: delay.max / 1e6 };
}

test('PDFs render on the pool while the event loop keeps ticking, its lag under 50 ms', async () => {
  // Warm both sides first (a thread's start-up loads tsx, the renderers and the fonts once), as in a running server.
  await runInPool({ kind: 'pdf', model: model() });
  await renderPdfWithInfo(model());

  // The control: four PDFs on this thread hold the timers back for a whole render at a time, and the measure sees it.
  const inline = await loopDelayDuring(() => Promise.all([1, 2, 3, 4].map(() => renderPdfWithInfo(model()))));
  expect(inline.longestGap).toBeGreaterThan(50);

  // Three bursts of four PDFs at once on the pool.
  let pdfs: Buffer[] = [];
  const pooled = await loopDelayDuring(async () => {
    for (let burst = 0; burst < 3; burst++)
      pdfs = await Promise.all([1, 2, 3, 4].map(() => runInPool({ kind: 'pdf', model: model() })));
  });
  console.log(
    `12 PDFs on ${documentPoolSize()} thread(s): ${pooled.elapsed.toFixed(0)} ms, ${pooled.ticks} timer ticks, ` +
      `event loop lag p99 ${pooled.p99.toFixed(1)} ms, max ${pooled.max.toFixed(1)} ms; four PDFs on this thread ` +
      `${inline.elapsed.toFixed(0)} ms, longest timer gap ${inline.longestGap.toFixed(1)} ms`,
  );
  expect(pooled.p99).toBeLessThan(50);
  expect(pooled.longestGap).toBeLessThan(inline.longestGap);
  // The timers ran all along: a tick for every 10 ms of rendering at least.
  expect(pooled.ticks).toBeGreaterThan(pooled.elapsed / 10);
  for (const pdf of pdfs) {
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(Number((await pdfInfo(pdf)).Pages)).toBeGreaterThan(0);
  }
  expect((await pdfText(pdfs[0]!)).replace(/\s+/g, ' ')).toContain('QUYẾT ĐỊNH');
}, 60_000);

test('a DOCX, a zip and an XLSX come back whole from the pool', async () => {
  const docx = await runInPool({ kind: 'docx', model: model() });
  expect(Object.keys((await JSZip.loadAsync(docx)).files)).toContain('word/document.xml');

  const zip = await runInPool({
    kind: 'zip',
    entries: [
      { name: 'a/quyet-dinh.docx', bytes: docx },
      { name: 'ghi-chu.txt', bytes: Buffer.from('Định Bình') },
    ],
  });
  const opened = await JSZip.loadAsync(zip);
  expect(Buffer.from(await opened.file('a/quyet-dinh.docx')!.async('uint8array')).equals(docx)).toBe(true);
  expect(await opened.file('ghi-chu.txt')!.async('string')).toBe('Định Bình');

  const xlsx = await runInPool({
    kind: 'xlsx',
    report: {
      heading: { title: 'Báo cáo thử', date: '2026-03-05', locale: 'vi' },
      sheets: [
        {
          name: 'Đơn vị',
          columns: [
            { header: 'Tên', width: 30 },
            { header: 'Ngày', width: 12 },
          ],
          rows: [['Xã Định Bình', { date: '2026-03-05' }]],
        },
      ],
    },
    booleans: { yes: 'Có', no: 'Không' },
  });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
  expect(workbook.getWorksheet('Đơn vị')!.getCell('A2').value).toBe('Xã Định Bình');
});

test('the pool leaves a core to the event loop, at most two threads, unless DOCUMENT_WORKERS says otherwise', () => {
  expect(documentPoolSize({})).toBe(Math.max(1, Math.min(2, availableParallelism() - 1)));
  expect(documentPoolSize({ DOCUMENT_WORKERS: '6' })).toBe(6);
  expect(() => documentPoolSize({ DOCUMENT_WORKERS: '0' })).toThrow();
});
