import { describe, expect, test } from 'vitest';
import type { FormData } from '#shared/documents/form-data.schemas.js';
import { formKeys } from '#shared/regimes/regime.schemas.js';
import { textWidth } from '#server/rendering/pdf/fonts.js';
import { renderPdf } from '#server/rendering/render-pdf.js';
import type { Block, DocumentModel, HeaderBlock } from '#templates/document-model.js';
import { formDefinition } from '#templates/forms/index.js';
import { mmToPt, officialFormat } from '#templates/official-format.js';
import { horizontal, pdfSegments } from '../support/pdf-paths.js';
import { documentModel, fillerLines } from '../support/pdf-models.js';
import { pdfText, pdfWords, type PdfPageWords } from '../support/read-documents.js';

/**
 * Drafts: the blanks the clerk fills by hand keep their width, and a visible "DỰ THẢO" stands at the
 * top of the first page; an issued document never carries it.
 */

const SPACE = 0.25; // Tinos's space, in ems, in every face
const top = mmToPt(officialFormat.margins.topMm);
const right = 595.28 - mmToPt(officialFormat.margins.rightMm);

const wordAt = (page: PdfPageWords, text: string, after = 0) =>
  page.words.filter((word) => word.text === text && word.xMin >= after)[0]!;
/** The gap between the end of one word and the start of the next one named. */
const gapBetween = (page: PdfPageWords, first: string, second: string) => {
  const start = wordAt(page, first);
  return wordAt(page, second, start.xMax).xMin - start.xMax;
};

const bodyWithBlanks: Block = {
  kind: 'paragraph',
  text:
    'Căn cứ Tờ trình số      /TTr-UBND ngày      /      /2026 của Ủy ban nhân dân huyện Yên Định ' +
    'về việc đề nghị thẩm định hồ sơ.',
};

describe('the blanks of a draft', () => {
  test('keep the width of their spaces in the header and in the body', async () => {
    const pdf = await renderPdf(documentModel([bodyWithBlanks], 'draft'));
    const [page] = await pdfWords(pdf);
    // Six spaces after "Số:" and in the date's blanks, at 13 pt (the date in italic).
    expect(gapBetween(page!, 'Số:', '/TTr-STTTT')).toBeCloseTo(6 * SPACE * 13, 0);
    expect(gapBetween(page!, 'ngày', 'tháng')).toBeCloseTo(6 * SPACE * 13, 0);
    expect(gapBetween(page!, 'tháng', 'năm')).toBeCloseTo(6 * SPACE * 13, 0);
    // In a justified line the blank is at least as wide as its spaces.
    expect(gapBetween(page!, 'số', '/TTr-UBND')).toBeGreaterThanOrEqual(6 * SPACE * 14 - 0.5);
    // As text: at least three spaces where the clerk writes.
    const text = await pdfText(pdf, true);
    expect(text).toMatch(/Số: {3,}\/TTr-STTTT/);
    expect(text).toMatch(/ngày {3,}tháng {3,}năm 2026/);
    expect(text).toMatch(/số {3,}\/TTr-UBND ngày {3,}\/ {3,}\/2026/);
  });

  test('a single space stays a single space', async () => {
    const pdf = await renderPdf(documentModel([{ kind: 'paragraph', text: 'một hai  ba', align: 'left' }]));
    const text = await pdfText(pdf, true);
    expect(text).toContain('một hai');
    expect(text).not.toMatch(/một {2,}hai/);
    // Two spaces are a blank too, as wide as two.
    const page = (await pdfWords(pdf))[0]!;
    expect(gapBetween(page, 'hai', 'ba')).toBeCloseTo(2 * SPACE * 14, 0);
  });
});

/** The words of the mark and the rectangle drawn round them, on each page. */
async function draftMarks(pdf: Buffer) {
  const [pages, segments] = await Promise.all([pdfWords(pdf), pdfSegments(pdf)]);
  return pages.map((page, index) => ({
    page,
    words: page.words.filter((word) => word.text === 'DỰ' || word.text === 'THẢO'),
    boxSides: horizontal(segments[index]!).filter((side) => side.y < top),
  }));
}

describe('the "DỰ THẢO" mark', () => {
  test("stands boxed and bold at the top right of a draft's first page, over no text, on no other page", async () => {
    const pdf = await renderPdf(documentModel([...fillerLines(60), bodyWithBlanks], 'draft'));
    const [first, ...others] = await draftMarks(pdf);
    expect(others.length).toBeGreaterThan(0);
    for (const other of others) expect(other.words).toEqual([]);

    const [dự, thảo] = first!.words;
    expect([dự?.text, thảo?.text]).toEqual(['DỰ', 'THẢO']);
    // Bold: as wide as Tinos Bold sets it at 14 pt, wider than the regular face.
    const widthIn = (style: 'bold' | 'regular') =>
      ['DỰ', ' ', 'THẢO'].reduce((sum, text) => sum + textWidth(text, style, 14), 0);
    expect(thảo!.xMax - dự!.xMin).toBeCloseTo(widthIn('bold'), 0);
    expect(widthIn('bold') - widthIn('regular')).toBeGreaterThan(2);
    // In the top margin, at its right end, above everything else on the page.
    expect(thảo!.yMax).toBeLessThan(top);
    expect(dự!.yMin).toBeGreaterThan(mmToPt(5));
    expect(thảo!.xMax).toBeLessThanOrEqual(right);
    expect(dự!.xMin).toBeGreaterThan((right + mmToPt(30)) / 2);
    const others1 = first!.page.words.filter((word) => !first!.words.includes(word));
    expect(Math.min(...others1.map((word) => word.yMin))).toBeGreaterThan(thảo!.yMax);
    // The box: a top and a bottom side round the words, as wide as the box.
    const [upper, lower] = first!.boxSides.sort((a, b) => a.y - b.y);
    expect(first!.boxSides).toHaveLength(2);
    expect(upper!.y).toBeLessThan(dự!.yMin);
    expect(lower!.y).toBeGreaterThan(dự!.yMax);
    expect(lower!.y).toBeLessThan(top);
    expect(upper!.xMin).toBeLessThan(dự!.xMin);
    expect(upper!.xMax).toBeGreaterThan(thảo!.xMax);
    expect(upper!.xMax).toBeLessThanOrEqual(right + 0.5);
  });

  test('never stands on an issued document', async () => {
    const pdf = await renderPdf(documentModel([...fillerLines(60), bodyWithBlanks], 'issued'));
    for (const { words, boxSides } of await draftMarks(pdf)) {
      expect(words).toEqual([]);
      expect(boxSides).toEqual([]);
    }
  });
});

/** A form's sample as issued: numbered and dated. */
const issued = (sample: FormData): FormData => ({
  ...sample,
  number: { ...sample.number, number: 7, date: '2026-03-02' },
});
/** A form's sample as a draft: no number, no date. */
const draft = (sample: FormData): FormData => ({ ...sample, number: { ...sample.number, number: null, date: null } });

/** The header's lines with each blank (two spaces or more) as a pattern of at least three spaces. */
const blanksPattern = (text: string) =>
  new RegExp(
    text
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .split(/ {2,}/)
      .join(' {3,}'),
  );

describe.each(formKeys)('%s', (key) => {
  const definition = formDefinition(key);
  const model = (data: FormData): DocumentModel => definition.template(definition.schema.parse(data), 2026);

  test('as a draft: marked, its blanks at least three spaces wide', async () => {
    const draftModel = model(draft(definition.sample));
    expect(draftModel.status).toBe('draft');
    const pdf = await renderPdf(draftModel);
    expect((await draftMarks(pdf))[0]!.words.map((word) => word.text)).toEqual(['DỰ', 'THẢO']);
    const text = await pdfText(pdf, true);
    const header = draftModel.blocks.find((block): block is HeaderBlock => block.kind === 'header')!;
    for (const line of [header.numberLine, header.placeAndDate].filter((line) => / {2,}/.test(line))) {
      expect(text).toMatch(blanksPattern(line.trim()));
    }
    expect(text).toMatch(/ngày {3,}tháng {3,}năm 2026/);
  });

  test('issued: no mark', async () => {
    const pdf = await renderPdf(model(issued(definition.sample)));
    for (const { words, boxSides } of await draftMarks(pdf)) {
      expect(words).toEqual([]);
      expect(boxSides).toEqual([]);
    }
  });
});
