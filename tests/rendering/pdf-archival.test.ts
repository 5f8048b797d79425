import { describe, expect, test } from 'vitest';
import type { FormData } from '#shared/documents/form-data.schemas.js';
import { formKeys } from '#shared/regimes/regime.schemas.js';
import { renderPdf } from '#server/rendering/render-pdf.js';
import { formDefinition } from '#templates/forms/index.js';
import { pdfArchivalIdentity } from '../support/pdf-archival.js';
import { marginViolations } from '../support/pdf-margins.js';
import { closing, documentModel, fillerLines, prose } from '../support/pdf-models.js';
import { pdfFontNames, pdfProperties, pdfWords } from '../support/read-documents.js';

/**
 * The file's properties (title, author = the issuing body, creator, language) and PDF/A-2b for every
 * issued document, read back from the file: the XMP identification with pdf.js, the output intent and
 * the embedded fonts from the objects themselves. Drafts stay plain PDF.
 */

const SRGB_INTENT = { subtype: 'GTS_PDFA1', condition: 'sRGB IEC61966-2.1', profileComponents: 3 };

const expectPdfA2b = async (pdf: Buffer) => {
  expect(await pdfArchivalIdentity(pdf)).toEqual({
    version: '1.7',
    part: '2',
    conformance: 'B',
    outputIntents: [SRGB_INTENT],
    fontsNotEmbedded: [],
  });
  expect(pdfFontNames(pdf).every((name) => name.startsWith('Tinos-'))).toBe(true);
};

const expectPlain = async (pdf: Buffer) => {
  const identity = await pdfArchivalIdentity(pdf);
  expect(identity.part).toBeUndefined();
  expect(identity.conformance).toBeUndefined();
  expect(identity.outputIntents).toEqual([]);
  expect(identity.fontsNotEmbedded).toEqual([]);
};

describe('the properties', () => {
  test.each(['issued', 'draft'] as const)(
    '%s: title, author, creator and language, the same in the XMP',
    async (status) => {
      const model = documentModel([{ kind: 'paragraph', text: prose(10, 'hết./.') }, closing], status);
      const properties = await pdfProperties(await renderPdf(model));
      expect(properties).toMatchObject({
        title: 'Quyết định về bố cục & trang <thử>',
        author: 'Sở Thông tin và Truyền thông tỉnh Thanh Hóa',
        creator: 'capdo',
        language: 'vi-VN',
        version: '1.7',
      });
      // The XMP packet holds the same, its "&" and "<" escaped (pdf.js reads them back as they were).
      expect(properties.xmp['dc:title']).toBe(properties.title);
      expect(properties.xmp['dc:creator']).toEqual([properties.author]);
      expect(properties.xmp['xmp:creatortool']).toBe('capdo');
      expect(properties.xmpText).toContain('bố cục &amp; trang &lt;thử&gt;');
    },
  );
});

describe('archival PDF', () => {
  test('an issued document is PDF/A-2b: identification, sRGB output intent, every font embedded', async () => {
    await expectPdfA2b(await renderPdf(documentModel([{ kind: 'paragraph', text: 'Nội dung.' }, closing])));
  });

  test('a draft stays plain PDF', async () => {
    await expectPlain(await renderPdf(documentModel([{ kind: 'paragraph', text: 'Nội dung.' }, closing], 'draft')));
  });

  test('with PDF/A on, pages are numbered, annexes on their own, nothing crosses a margin', async () => {
    const pdf = await renderPdf(
      documentModel([
        ...fillerLines(50),
        closing,
        { kind: 'pageBreak', annex: true, orientation: 'landscape' },
        { kind: 'title', type: 'PHỤ LỤC', subject: null },
        ...fillerLines(40),
      ]),
    );
    await expectPdfA2b(pdf);
    const pages = await pdfWords(pdf);
    expect(pages).toHaveLength(4);
    expect(marginViolations(pages)).toEqual([]);
  });
});

const issued = (sample: FormData): FormData => ({
  ...sample,
  number: { ...sample.number, number: 7, date: '2026-03-02' },
});
const draft = (sample: FormData): FormData => ({ ...sample, number: { ...sample.number, number: null, date: null } });

describe.each(formKeys)('%s', (key) => {
  const definition = formDefinition(key);
  const model = (data: FormData) => definition.template(definition.schema.parse(data), 2026);

  test('issued: PDF/A-2b with the issuing body as author', async () => {
    const issuedModel = model(issued(definition.sample));
    expect(issuedModel.status).toBe('issued');
    const pdf = await renderPdf(issuedModel);
    await expectPdfA2b(pdf);
    const properties = await pdfProperties(pdf);
    expect(properties.author).toBe(issuedModel.author);
    expect(properties.xmp['dc:creator']).toEqual([issuedModel.author]);
  });

  test('draft: plain PDF', async () => {
    const draftModel = model(draft(definition.sample));
    expect(draftModel.status).toBe('draft');
    await expectPlain(await renderPdf(draftModel));
  });
});
