import { beforeAll, describe, expect, test } from 'vitest';
import { renderPdfWithInfo } from '#server/rendering/render-pdf.js';
import type { DocumentModel, TableBlock } from '#templates/document-model.js';
import { formDefinition } from '#templates/forms/index.js';
import { mmToPt, officialFormat } from '#templates/official-format.js';
import { marginViolations } from '../support/pdf-margins.js';
import { pdfFontNames, pdfInfo, pdfText, pdfWords, type PdfPageWords } from '../support/read-documents.js';

/**
 * The PDF renderer, read back with pdf.js (tests/support/read-documents.ts): page sizes and count,
 * fonts, the text with its diacritics and where every word lies, so that nothing crosses the
 * Decree 30 margins and page numbers sit in the top margin from page 2.
 */

const A4_PORTRAIT = [595.28, 841.89];
const A4_LANDSCAPE = [841.89, 595.28];
const TINOS_FACES = ['Tinos-Bold', 'Tinos-BoldItalic', 'Tinos-Italic', 'Tinos-Regular'];

/** A page's [width, height] in points. */
const sizeOf = (page: PdfPageWords | undefined) => [page?.width, page?.height];

/** The text of each page: pdfText ends every page with a form feed, as pdftotext does. */
const pageTexts = async (pdf: Buffer) => (await pdfText(pdf)).split('\f').slice(0, -1);

const sampleModel = (): DocumentModel => {
  const def = formDefinition('approval-decision');
  return def.template(def.schema.parse(def.sample), 2023);
};

describe('the approval decision sample', () => {
  let pdf: Buffer = Buffer.alloc(0);
  let pages = 0;
  beforeAll(async () => {
    ({ pdf, pages } = await renderPdfWithInfo(sampleModel()));
  });

  test('is a valid A4 PDF with its title, creator and page count', async () => {
    const info = await pdfInfo(pdf);
    expect(info['Page size']).toBe('595.28 x 841.89 pts (A4)');
    expect(info.Title).toMatch(/^Quyết định phê duyệt cấp độ an toàn hệ thống thông tin/);
    expect(info.Creator).toBe('capdo');
    expect(info.Pages).toBe(String(pages));
    expect(pages).toBeGreaterThanOrEqual(1);
  });

  test('draws only the four Tinos faces, never a standard font', () => {
    const fonts = pdfFontNames(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(TINOS_FACES).toContain(font);
  });

  test('holds the fields of the decision with their diacritics', async () => {
    const text = await pdfText(pdf);
    for (const expected of [
      'UBND TỈNH THANH HÓA',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 05/QĐ-STTTT',
      'Thanh Hóa, ngày 05 tháng 7 năm 2023',
      'QUYẾT ĐỊNH',
      'GIÁM ĐỐC SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
      'Điều 1.',
      'Điều 3.',
      'Nơi nhận:',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      'Nguyễn Văn Lãnh Đạo',
    ]) {
      expect(text).toContain(expected);
    }
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Hệ thống mạng nội bộ và phần mềm quản lý văn bản của Trung tâm Dịch vụ nông nghiệp');
  });

  test('puts the national name in the right header column and keeps every word inside the margins', async () => {
    const boxes = await pdfWords(pdf);
    expect(marginViolations(boxes)).toEqual([]);
    const textLeft = mmToPt(officialFormat.margins.leftMm);
    const textWidth = 595.28 - textLeft - mmToPt(officialFormat.margins.rightMm);
    const rightColumn = textLeft + textWidth * officialFormat.headerLeftShare;
    const nationalName = boxes[0]!.words.filter(
      (word) => ['CỘNG', 'HÒA', 'CHỦ', 'NGHĨA'].includes(word.text) && word.yMin < 80,
    );
    expect(nationalName).toHaveLength(4);
    for (const word of nationalName) expect(word.xMin).toBeGreaterThanOrEqual(rightColumn);
  });

  // Speed: tests/bench/documents.bench.ts (npm run bench:documents) measures it; no timing here.
});

/** Text that must come out visible, composed and without what safeText removes. */
const nfdVietnamese = 'Tiếng Việt có dấu: Định Bình, Ủy ban'.normalize('NFD');
const longWord = Array.from({ length: 300 }, (_, index) => 'abcdefghij'[index % 10]).join('');
const hostile = `Ký tự <>&"' (ngoặc) \\ gạch\u0000 NUL\u0007\u001B điều khiển \u202Eđảo\u200F chiều`;

const tableBlock = (rows: number): TableBlock => ({
  kind: 'table',
  columns: [
    { title: 'STT', width: 1, align: 'center' },
    { title: 'Tên hệ thống thông tin', width: 5 },
    { title: 'Đơn vị vận hành', width: 4 },
    { title: 'Cấp độ', width: 1.5, align: 'center' },
  ],
  rows: Array.from({ length: rows }, (_, index) => [
    String(index + 1),
    `Cổng thông tin điện tử thành phần số ${index + 1} của Ủy ban nhân dân xã Định Bình, huyện Yên Định`,
    index === 7
      ? Array.from({ length: 70 }, (_, line) => `Dòng ${line + 1} của ô rất cao`).join('\n')
      : 'Văn phòng HĐND và UBND',
    String((index % 5) + 1),
  ]),
});

const wideColumns = [
  'TT',
  'Hệ thống',
  'Chủ quản',
  'Đơn vị vận hành',
  'Cấp độ đề xuất',
  'Tình trạng phê duyệt',
  'Quyết định phê duyệt',
  'Quy chế',
  'Dự kiến phê duyệt',
  'Phương án',
  'Dự kiến hoàn thành',
  'Kiểm tra đánh giá',
];

const everyBlock: DocumentModel = {
  fileName: 'moi-loai-khoi',
  author: 'Sở Thông tin và Truyền thông',
  status: 'issued',
  title: 'Mọi loại khối <&>',
  blocks: [
    {
      kind: 'header',
      parentBody: null,
      issuingBody: 'ỦY BAN NHÂN DÂN HUYỆN YÊN ĐỊNH CÓ TÊN RẤT DÀI ĐỂ XUỐNG DÒNG TRONG CỘT TRÁI',
      numberLine: 'Số: 12/UBND-VP',
      letterSubject: 'V/v đề nghị thẩm định hồ sơ đề xuất cấp độ an toàn hệ thống thông tin',
      placeAndDate: 'Yên Định, ngày 05 tháng 01 năm 2023',
    },
    { kind: 'title', type: 'TỜ TRÌNH', subject: 'Về việc đề nghị phê duyệt hồ sơ đề xuất cấp độ' },
    {
      kind: 'addressee',
      addressees: ['- Sở Thông tin và Truyền thông tỉnh Thanh Hóa;', '- Ủy ban nhân dân tỉnh Thanh Hóa.'],
    },
    { kind: 'authority', text: 'CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN YÊN ĐỊNH' },
    {
      kind: 'legalBases',
      lines: [
        'Căn cứ Luật An toàn thông tin mạng ngày 19 tháng 11 năm 2015;',
        'Căn cứ Nghị định số 85/2016/NĐ-CP ngày 01 tháng 7 năm 2016 của Chính phủ.',
      ],
    },
    { kind: 'heading', text: 'I. TỔNG QUAN VỀ HỆ THỐNG', level: 1 },
    { kind: 'heading', text: '1. Phạm vi và quy mô', level: 2 },
    {
      kind: 'paragraph',
      text: [
        { text: 'Chữ đậm', bold: true },
        { text: ', chữ nghiêng', italic: true },
        { text: ', đậm nghiêng', bold: true, italic: true },
        { text: ', gạch chân', underline: true },
        { text: ' và chữ thường trong một đoạn văn căn đều hai bên, đủ dài để xuống dòng nhiều lần. '.repeat(3) },
      ],
    },
    { kind: 'paragraph', text: 'dòng một\ndòng hai', indent: false },
    { kind: 'paragraph', text: `${hostile} ${nfdVietnamese}` },
    { kind: 'paragraph', text: `Từ dài: ${longWord} hết.` },
    { kind: 'paragraph', text: 'Đoạn căn giữa', align: 'center', size: 13 },
    {
      kind: 'article',
      number: 1,
      title: [{ text: 'Phê duyệt', italic: true }, { text: ' cấp độ:' }],
      paragraphs: ['1. Hệ thống thứ nhất.', '2. Hệ thống thứ hai.'],
    },
    { kind: 'article', number: 2, title: null, paragraphs: ['Đơn vị vận hành có trách nhiệm triển khai phương án.'] },
    tableBlock(40),
    { kind: 'pageBreak', orientation: 'landscape' },
    { kind: 'heading', text: 'PHỤ LỤC', level: 1, align: 'center' },
    {
      kind: 'table',
      columns: wideColumns.map((title) => ({ title, width: 1 })),
      rows: Array.from({ length: 6 }, (_, row) =>
        wideColumns.map((title, column) => (column === 0 ? String(row + 1) : `${title} của dòng ${row + 1}`)),
      ),
      size: 11,
    },
    { kind: 'pageBreak', orientation: 'portrait' },
    { kind: 'paragraph', text: 'Trở lại trang dọc.' },
    {
      kind: 'closing',
      recipients: ['- Như trên;', '- Lưu: VT, VP.'],
      signature: { authorityLine: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', signerName: 'Lê Văn Chủ Tịch' },
    },
  ],
};

describe('a model with every kind of block', () => {
  let pdf: Buffer = Buffer.alloc(0);
  let pages = 0;
  let boxes: PdfPageWords[] = [];
  beforeAll(async () => {
    ({ pdf, pages } = await renderPdfWithInfo(everyBlock));
    boxes = await pdfWords(pdf);
  });

  /** The page (1-based) on which a text first appears. */
  const pageOf = (text: string) => boxes.findIndex((page) => page.words.some((word) => word.text === text)) + 1;

  test('is valid and has the page count renderPdfWithInfo reports', async () => {
    const info = await pdfInfo(pdf);
    expect(info.Pages).toBe(String(pages));
    expect(boxes).toHaveLength(pages);
    expect(info.Title).toBe('Mọi loại khối <&>');
  });

  test('turns the annex page to landscape and goes back to portrait after it', () => {
    const annex = pageOf('PHỤ');
    const back = pageOf('Trở');
    expect(annex).toBeGreaterThan(1);
    expect(sizeOf(boxes[annex - 1])).toEqual(A4_LANDSCAPE);
    expect(sizeOf(boxes[annex - 2])).toEqual(A4_PORTRAIT);
    expect(sizeOf(boxes[back - 1])).toEqual(A4_PORTRAIT);
    expect(back).toBe(annex + 1);
  });

  test('keeps every word inside the margins, page numbers in the top margin from page 2', () => {
    expect(marginViolations(boxes)).toEqual([]);
    expect(pages).toBeGreaterThanOrEqual(5);
  });

  test('splits the long table across pages with its header row repeated, rows in order', async () => {
    const texts = await pageTexts(pdf);
    expect(texts).toHaveLength(pages);
    const tablePages = texts.filter(
      (text) => text.includes('Văn phòng HĐND và UBND') || text.includes('của ô rất cao'),
    );
    expect(tablePages.length).toBeGreaterThanOrEqual(2);
    for (const text of tablePages) expect(text).toContain('Tên hệ thống thông tin');
    const flat = texts.join('\n').replace(/\s+/g, ' ');
    const positions = [1, 8, 9, 40].map((row) => flat.indexOf(`thành phần số ${row} của`));
    expect(
      positions.every((position, index) => position > 0 && (index === 0 || position > positions[index - 1]!)),
    ).toBe(true);
    // The row taller than a page is split line by line, and none of its lines is lost.
    for (const line of [1, 35, 70]) expect(flat).toContain(`Dòng ${line} của ô rất cao`);
  });

  test('draws the text made safe: visible characters kept, controls dropped, NFC, long words broken', async () => {
    const text = await pdfText(pdf);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(`Ký tự <>&"' (ngoặc) \\ gạch NUL điều khiển đảo chiều`);
    expect(flat).toContain('Tiếng Việt có dấu: Định Bình, Ủy ban'.normalize('NFC'));
    // pdfText ends each page with a form feed; nothing else may be a control character. (pdf.js also
    // gives a glyph the PDF maps to no Unicode as its glyph number, often a control character.)
    expect(text.replaceAll('\f', ''), 'a control character, or a glyph with no Unicode').not.toMatch(
      // eslint-disable-next-line no-control-regex -- looking for control characters is the point
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u200F\u202E]/,
    );
    expect(text.replace(/\s+/g, '')).toContain(longWord);
    expect(text).toMatch(/dòng một\ndòng hai/);
    expect(text).toContain('Điều 1. Phê duyệt cấp độ:');
    expect(text).toContain('Điều 2. Đơn vị vận hành có trách nhiệm');
  });

  test('uses the bold, italic and bold italic faces for emphasised runs, and no other font', () => {
    expect(pdfFontNames(pdf)).toEqual(TINOS_FACES);
  });
});

test('a model that opens with a landscape page break starts on that page, not after a blank one', async () => {
  const annexOnly: DocumentModel = {
    fileName: 'phu-luc',
    author: 'Sở Thông tin và Truyền thông',
    status: 'issued',
    title: 'Phụ lục',
    blocks: [{ kind: 'pageBreak', orientation: 'landscape' }, tableBlock(3)],
  };
  const { pdf, pages } = await renderPdfWithInfo(annexOnly);
  expect(pages).toBe(1);
  const boxes = await pdfWords(pdf);
  expect(sizeOf(boxes[0])).toEqual(A4_LANDSCAPE);
  expect(marginViolations(boxes)).toEqual([]);
});
