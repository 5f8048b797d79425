import { describe, expect, test } from 'vitest';
import type { FormData } from '#shared/documents/form-data.schemas.js';
import { formKeys } from '#shared/regimes/regime.schemas.js';
import { renderDocx } from '#server/rendering/render-docx.js';
import { renderPdf } from '#server/rendering/render-pdf.js';
import { formDefinition } from '#templates/forms/index.js';
import { marginViolations } from '../support/pdf-margins.js';
import { docxParts, docxText, pdfInfo, pdfText, pdfWords } from '../support/read-documents.js';

/**
 * Every form of both regimes, from its sample, in both formats: A4, the header, the operator's name
 * with its diacritics, nothing outside the margins even with very long names.
 */
const squash = (text: string) => text.replace(/\s+/g, ' ');

/** The sample with names as long as real ones get, and a word longer than a line. */
const withLongNames = (sample: FormData): FormData => ({
  ...sample,
  operator: {
    ...sample.operator,
    name: `${sample.operator.name} và Trung tâm Chuyển đổi số, Công nghệ thông tin và Truyền thông trực thuộc`,
  },
  systems: sample.systems.map((system) => ({
    ...system,
    name: `${system.name} ${'Hệthốngthôngtinđiềuhànhtácnghiệp'.repeat(4)}`,
  })),
});

describe.each(formKeys)('%s', (key) => {
  const definition = formDefinition(key);
  const model = (data: FormData) => definition.template(definition.schema.parse(data), 2026);

  test('PDF: A4, the header and the operator, every word inside the margins', async () => {
    const pdf = await renderPdf(model(definition.sample));
    expect((await pdfInfo(pdf))['Page size']).toBe('595.28 x 841.89 pts (A4)');
    const text = squash(await pdfText(pdf));
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain(definition.sample.systems[0]!.name.split(' ').slice(0, 4).join(' '));
    expect(marginViolations(await pdfWords(pdf))).toEqual([]);
  });

  test('PDF with very long names: they wrap, nothing crosses a margin', async () => {
    const pdf = await renderPdf(model(withLongNames(definition.sample)));
    expect(marginViolations(await pdfWords(pdf))).toEqual([]);
  });

  test('DOCX: A4 with the Decree 30 margins and the same header', async () => {
    const parts = await docxParts(await renderDocx(model(definition.sample)));
    const xml = parts['word/document.xml']!;
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    const text = squash(docxText(xml));
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain(definition.sample.systems[0]!.name);
  });
});
