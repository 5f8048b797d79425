import { describe, expect, test } from 'vitest';
import type { FormData } from '#shared/documents/form-data.schemas.js';
import { formKeys } from '#shared/regimes/regime.schemas.js';
import { renderPdfWithInfo } from '#server/rendering/render-pdf.js';
import type { Block, DocumentModel } from '#templates/document-model.js';
import { formDefinition } from '#templates/forms/index.js';
import { mmToPt, officialFormat } from '#templates/official-format.js';
import { marginViolations } from '../support/pdf-margins.js';
import { closing, documentModel, fillerLines, prose } from '../support/pdf-models.js';
import { pdfWords, type PdfPageWords, type PdfWord } from '../support/read-documents.js';

/**
 * The signature never stands alone and a heading never ends a page. Filler lines push the end of the
 * body down one line at a time, from the top of the first page to the second page, so that the page
 * break falls before, inside and after the last paragraph, the last article, a heading and a table.
 */

/** About a page and a half of lines in steps of one: every place the break can fall. */
const SWEEP = Array.from({ length: 48 }, (_, index) => index);
const title: Block = { kind: 'title', type: 'QUYẾT ĐỊNH', subject: 'Về việc thử bố cục trang' };
/** The words of prose(): the last paragraph's and the last article's lines are the lines made of them. */
const PROSE_WORDS = new Set(['nội', 'dung', 'của', 'văn', 'bản', 'hành', 'chính', 'hết./.']);

const render = async (model: DocumentModel) => {
  const { pdf, pages } = await renderPdfWithInfo(model);
  const boxes = await pdfWords(pdf);
  expect(boxes).toHaveLength(pages);
  expect(marginViolations(boxes)).toEqual([]);
  return boxes;
};

const pageOf = (pages: PdfPageWords[], text: string) =>
  pages.findIndex((page) => page.words.some((word) => word.text === text));
const wordOn = (page: PdfPageWords, text: string) => page.words.find((word) => word.text === text)!;
/** Distinct lines (by their top) among some words. */
const lineCount = (words: PdfWord[]) => new Set(words.map((word) => Math.round(word.yMin))).size;

/** The closing and the end of the body on the last page, the body above the closing, two lines of it at least. */
function expectClosingWithBody(pages: PdfPageWords[]) {
  const closingPage = pageOf(pages, 'nhận:');
  expect(closingPage, 'the closing ends the document').toBe(pages.length - 1);
  expect(pageOf(pages, 'Ký'), 'the signer stands with the recipients').toBe(closingPage);
  expect(pageOf(pages, 'hết./.'), 'the last body line stands with the closing').toBe(closingPage);
  const page = pages[closingPage]!;
  const closingTop = Math.min(wordOn(page, 'Nơi').yMin, wordOn(page, 'KT.').yMin);
  expect(wordOn(page, 'hết./.').yMax).toBeLessThan(closingTop);
  // At least two lines of the last paragraph go with the closing, or all of it when it has one.
  const proseLines = (words: PdfWord[]) => lineCount(words.filter((word) => PROSE_WORDS.has(word.text)));
  const total = pages.reduce((sum, { words }) => sum + proseLines(words), 0);
  expect(proseLines(page.words.filter((word) => word.yMax < closingTop))).toBeGreaterThanOrEqual(Math.min(2, total));
}

describe('the closing keeps the end of the body with it', () => {
  test('after a last paragraph of one to five lines, wherever the page breaks', async () => {
    const pageCounts = new Set<number>();
    for (const filler of SWEEP) {
      const words = [6, 26, 46, 90][filler % 4]!;
      const pages = await render(
        documentModel([title, ...fillerLines(filler), { kind: 'paragraph', text: prose(words, 'hết./.') }, closing]),
      );
      expectClosingWithBody(pages);
      pageCounts.add(pages.length);
    }
    // The sweep did cross the page break.
    expect([...pageCounts].sort()).toEqual([1, 2]);
  });

  test('after a last article of two paragraphs, wherever the page breaks', async () => {
    for (const filler of SWEEP.filter((count) => count % 2 === 0)) {
      const article: Block = {
        kind: 'article',
        number: 3,
        title: null,
        paragraphs: ['Quyết định này có hiệu lực kể từ ngày ký.', prose(40, 'hết./.')],
      };
      expectClosingWithBody(await render(documentModel([title, ...fillerLines(filler), article, closing])));
    }
  });
});

describe('a heading never ends a page', () => {
  const HEADING_WORDS = new Set(['MỤC', 'THỨ', 'NHẤT', 'Bảng', 'liệu']);
  const table: Block = {
    kind: 'table',
    columns: [
      { title: 'STT', width: 1, align: 'center' },
      { title: 'Hệ thống', width: 5 },
      { title: 'Cấp độ', width: 2, align: 'center' },
    ],
    rows: Array.from({ length: 4 }, (_, index) => [String(index + 1), `Hệ-thống-${index + 1}`, 'Cấp độ 2']),
  };
  const blocks = (filler: number): Block[] => [
    title,
    ...fillerLines(filler),
    { kind: 'heading', level: 1, text: 'I. MỤC THỨ NHẤT' },
    { kind: 'paragraph', text: `Khởi đầu ${'mở rộng phạm vi '.repeat(12)}xong.` },
    { kind: 'heading', level: 2, text: '1. Bảng số liệu' },
    table,
    { kind: 'paragraph', text: prose(20, 'hết./.') },
    closing,
  ];

  test('each heading stands with the first lines under it, a table heading with the header and first row', async () => {
    for (const filler of SWEEP) {
      const pages = await render(documentModel(blocks(filler)));
      for (const [index, page] of pages.entries()) {
        const bottom = Math.max(...page.words.map((word) => word.yMin));
        const lastLine = page.words.filter((word) => word.yMin > bottom - 1).map((word) => word.text);
        expect(
          lastLine.filter((text) => HEADING_WORDS.has(text)),
          `page ${index + 1} ends with a heading`,
        ).toEqual([]);
      }
      // The first two lines of the paragraph under the first heading stand with it.
      const headingPage = pages[pageOf(pages, 'MỤC')]!;
      const opening = headingPage.words.filter((word) => ['Khởi', 'mở', 'rộng', 'phạm', 'vi'].includes(word.text));
      expect(lineCount(opening)).toBeGreaterThanOrEqual(2);
      expect(pageOf(pages, 'Bảng')).toBe(pageOf(pages, 'STT'));
      expect(pageOf(pages, 'Bảng')).toBe(pageOf(pages, 'Hệ-thống-1'));
      expectClosingWithBody(pages);
    }
  });
});

describe.each(formKeys)('%s', (key) => {
  const definition = formDefinition(key);
  const variants: Record<string, FormData> = {
    sample: definition.sample,
    issued: { ...definition.sample, number: { ...definition.sample.number, number: 7, date: '2026-03-02' } },
    draft: { ...definition.sample, number: { ...definition.sample.number, number: null, date: null } },
  };

  test.each(Object.keys(variants))('%s: body text above the closing on its page', async (variant) => {
    const model = definition.template(definition.schema.parse(variants[variant]), 2026);
    const pages = await render(model);
    const closingPage = pageOf(pages, 'nhận:');
    expect(closingPage).toBeGreaterThanOrEqual(0);
    const page = pages[closingPage]!;
    const closingTop = wordOn(page, 'Nơi').yMin;
    // Above the closing, under the top margin (where the page number stands).
    const body = page.words.filter(
      (word) => word.yMax < closingTop && word.yMax > mmToPt(officialFormat.margins.topMm),
    );
    expect(lineCount(body), `page ${closingPage + 1} holds the closing alone`).toBeGreaterThanOrEqual(2);
  });
});
