import { describe, expect, test } from 'vitest';
import { renderPdf } from '#server/rendering/render-pdf.js';
import type { DocumentModel } from '#templates/document-model.js';
import { mmToPt, officialFormat } from '#templates/official-format.js';
import { marginViolations } from '../support/pdf-margins.js';
import { closing, documentModel, fillerLines, prose } from '../support/pdf-models.js';
import { pdfText, pdfWords, type PdfPageWords } from '../support/read-documents.js';

/** The annexes' own page numbers, the addressee list's indent, the header's line breaks. */

const left = mmToPt(officialFormat.margins.leftMm);

/** The text in each page's top margin: its page number, if any. */
const pageNumbers = (pages: PdfPageWords[]) =>
  pages.map((page) => {
    const top = mmToPt((page.width > page.height ? officialFormat.landscapeMargins : officialFormat.margins).topMm);
    return page.words
      .filter((word) => word.yMax < top)
      .map((word) => word.text)
      .join(' ');
  });

describe('annexes', () => {
  const annexModel = (status: DocumentModel['status']) =>
    documentModel(
      [
        ...fillerLines(50),
        { kind: 'paragraph', text: prose(30, 'hết./.') },
        closing,
        { kind: 'pageBreak', annex: true },
        { kind: 'title', type: 'PHỤ LỤC I', subject: 'DANH MỤC' },
        ...fillerLines(100),
        { kind: 'pageBreak', annex: true, orientation: 'landscape' },
        { kind: 'title', type: 'PHỤ LỤC II', subject: null },
        ...fillerLines(40),
        // A page break that starts no annex (and turns the page back): the numbering goes on.
        { kind: 'pageBreak' },
        { kind: 'paragraph', text: prose(10, 'xong.') },
      ],
      status,
    );

  test.each(['issued', 'draft'] as const)('%s: each part numbered on its own from its second page', async (status) => {
    const pages = await pdfWords(await renderPdf(annexModel(status)));
    const mark = status === 'draft' ? 'DỰ THẢO' : '';
    // The main text: 2 pages; annex I: 3 (the title and 100 lines); annex II: 2 landscape pages, then a portrait one.
    expect(pageNumbers(pages)).toEqual([mark, '2', '', '2', '3', '', '2', '3']);
    expect(pages.map((page) => page.width > page.height)).toEqual([
      false,
      false,
      false,
      false,
      false,
      true,
      true,
      false,
    ]);
    expect(marginViolations(pages)).toEqual([]);
  });
});

describe('"Kính gửi:"', () => {
  const label = left + mmToPt(officialFormat.firstLineIndentMm);
  const column = left + mmToPt(30);
  const long = '- Ủy ban nhân dân huyện Yên Định, Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện cùng các phòng;';

  test('several: the label at the indent, one addressee a line from 30 mm, wrapping under its start', async () => {
    const pdf = await renderPdf(
      documentModel([
        { kind: 'addressee', addressees: ['- Sở Thông tin và Truyền thông;', long, '- Công an tỉnh Thanh Hóa.'] },
        { kind: 'paragraph', text: prose(10, 'hết./.') },
      ]),
    );
    const page = (await pdfWords(pdf))[0]!;
    const kính = page.words.find((word) => word.text === 'Kính')!;
    expect(kính.xMin).toBeCloseTo(label, 1);
    const lineStarts = page.words
      .filter((word) => word.yMin >= kính.yMin - 1 && word.xMin > column - 1)
      .filter(
        (word, index, words) => !words.some((other) => Math.abs(other.yMin - word.yMin) < 1 && other.xMin < word.xMin),
      )
      .sort((a, b) => a.yMin - b.yMin);
    // Four lines: the first addressee beside the label, the long one on two, the last.
    const addresseeLines = lineStarts.slice(0, 4);
    expect(addresseeLines.map((word) => word.text)).toEqual(['-', '-', expect.any(String), '-']);
    expect(addresseeLines[0]!.yMin).toBeCloseTo(kính.yMin, 1);
    for (const start of addresseeLines) expect(start.xMin).toBeCloseTo(column, 1);
  });

  test('one: on the label line, from the same column', async () => {
    const pdf = await renderPdf(documentModel([{ kind: 'addressee', addressees: ['Sở Thông tin và Truyền thông.'] }]));
    const page = (await pdfWords(pdf))[0]!;
    const kính = page.words.find((word) => word.text === 'Kính')!;
    const sở = page.words.find((word) => word.text === 'Sở' && word.yMin > kính.yMin - 1)!;
    expect(sở.yMin).toBeCloseTo(kính.yMin, 1);
    expect(sở.xMin).toBeCloseTo(column, 1);
  });
});

describe('the header', () => {
  test('breaks the bodies\' names at "\n", and a line too long for the column between words', async () => {
    const long = 'TRUNG TÂM DỊCH VỤ NÔNG NGHIỆP HUYỆN YÊN ĐỊNH TỈNH THANH HÓA';
    const model = documentModel([]);
    model.blocks[0] = { ...headerOf(model), parentBody: 'UBND\nHUYỆN YÊN ĐỊNH', issuingBody: `PHÒNG\n${long}` };
    const pdf = await renderPdf(model);
    // The left column is drawn first, line by line, then the national name.
    const text = await pdfText(pdf);
    const lines = text.slice(0, text.indexOf('CỘNG HÒA')).trim().split('\n');
    expect(lines.slice(0, 3)).toEqual(['UBND', 'HUYỆN YÊN ĐỊNH', 'PHÒNG']);
    expect(lines.length).toBeGreaterThan(4);
    expect(lines.slice(3).join(' ')).toBe(long);
  });
});

describe("a letter's summary (V/v)", () => {
  test('stands under its number with a gap of its own, wider than between two lines of the column', async () => {
    const model = documentModel([]);
    const summary = 'V/v thẩm định hồ sơ đề xuất cấp độ';
    model.blocks[0] = { ...headerOf(model), numberLine: 'Số: 08/STTTT-PCNTT', letterSubject: summary };
    const [page] = await pdfWords(await renderPdf(model));
    const top = (text: string) => page!.words.find((word) => word.text === text)!;
    const numberLine = top('Số:');
    const vv = top('V/v');
    expect(vv.yMin).toBeGreaterThan(numberLine.yMax);
    // Two lines of the column stand about 1 pt apart (glyph box to glyph box); the summary 6 pt more.
    expect(vv.yMin - numberLine.yMax).toBeGreaterThan(5);
  });
});

/** The model's header block. */
const headerOf = (model: DocumentModel) => {
  const header = model.blocks[0]!;
  if (header.kind !== 'header') throw new Error('the model opens with its header');
  return header;
};
