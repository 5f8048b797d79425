import { beforeAll, describe, expect, test } from 'vitest';
import { renderDocx } from '#server/rendering/render-docx.js';
import type { Block, DocumentModel } from '#templates/document-model.js';
import { formDefinition } from '#templates/forms/index.js';
import { attribute, paragraphsOf, paragraphWith, readDocx, runWith, type Docx } from '../support/docx-reader.js';
import { descendantsNamed, parseXml, textOf } from '../support/docx-xml.js';

/**
 * Renders models to DOCX and reads the file back: every XML part must be well formed (a strict
 * XML 1.0 parser, so a forbidden character anywhere fails), and the assertions look at the
 * paragraphs, runs and section properties of word/document.xml as Word would read them, the
 * formatting their styles give them included.
 */

// ---------------------------------------------------------------------------------------------
// Models

function approvalDecisionModel(): DocumentModel {
  const def = formDefinition('approval-decision');
  return def.template(def.schema.parse(def.sample), 2023);
}

/** Fails the type-check when a block kind is added to the model and not to this list. */
const everyKind: Record<Block['kind'], true> = {
  header: true,
  title: true,
  addressee: true,
  authority: true,
  legalBases: true,
  paragraph: true,
  heading: true,
  article: true,
  table: true,
  pageBreak: true,
  closing: true,
};

const everyBlockModel: DocumentModel = {
  fileName: 'moi-loai-khoi',
  author: 'Sở Thông tin và Truyền thông',
  status: 'issued',
  title: 'Văn bản có mọi loại khối',
  blocks: [
    {
      kind: 'header',
      parentBody: 'UBND huyện Yên Định',
      issuingBody: 'Trung tâm Dịch vụ nông nghiệp',
      numberLine: 'Số: 12/TTDVNN',
      letterSubject: 'V/v thẩm định hồ sơ đề xuất cấp độ',
      placeAndDate: 'Yên Định, ngày 05 tháng 01 năm 2023',
    },
    {
      kind: 'addressee',
      addressees: ['- Sở Thông tin và Truyền thông tỉnh Thanh Hóa;', '- Ủy ban nhân dân huyện Yên Định.'],
    },
    { kind: 'title', type: 'TỜ TRÌNH', subject: 'Về việc thẩm định hồ sơ' },
    { kind: 'authority', text: 'giám đốc trung tâm dịch vụ nông nghiệp' },
    { kind: 'legalBases', lines: ['Căn cứ Luật An toàn thông tin mạng;', 'Căn cứ Nghị định số 85/2016/NĐ-CP.'] },
    { kind: 'heading', text: 'I. TỔNG QUAN VỀ HỆ THỐNG', level: 1 },
    { kind: 'heading', text: '1. Phạm vi', level: 2 },
    {
      kind: 'paragraph',
      text: [
        { text: 'Chữ đậm', bold: true },
        { text: ' chữ nghiêng', italic: true },
        { text: ' gạch chân', underline: true },
        { text: ' thường\ndòng sau' },
      ],
    },
    { kind: 'paragraph', text: 'Dòng căn giữa', align: 'center' },
    { kind: 'article', number: 1, title: 'Phạm vi điều chỉnh', paragraphs: ['Khoản một của điều.'] },
    {
      kind: 'article',
      number: 2,
      title: null,
      paragraphs: ['Quyết định này có hiệu lực kể từ ngày ký.', 'Đoạn thứ hai.'],
    },
    { kind: 'pageBreak', orientation: 'landscape' },
    {
      kind: 'table',
      columns: [
        { title: 'STT', width: 1, align: 'center' },
        { title: 'Tên hệ thống', width: 6 },
        { title: 'Cấp độ', width: 3, align: 'center' },
      ],
      rows: [
        ['1', 'Cổng thông tin điện tử\nhuyện Yên Định', '2'],
        ['2', 'Hệ thống quản lý văn bản'],
      ],
      size: 12,
    },
    { kind: 'pageBreak', orientation: 'portrait' },
    { kind: 'paragraph', text: 'Trang dọc trở lại' },
    { kind: 'pageBreak' },
    {
      kind: 'closing',
      recipients: ['- Như trên;', '- Lưu: VT, TTDVNN.'],
      signature: { authorityLine: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', signerName: 'Lê Văn Bình' },
    },
  ],
};

// ---------------------------------------------------------------------------------------------

describe('renderDocx: the approval decision sample', () => {
  let docx: Docx;
  beforeAll(async () => {
    docx = await readDocx(await renderDocx(approvalDecisionModel()));
  });

  test('is a zip of well-formed parts with the document, styles, headers and properties', () => {
    expect([...docx.parts.keys()]).toEqual(
      expect.arrayContaining(['word/document.xml', 'word/styles.xml', 'docProps/core.xml', '[Content_Types].xml']),
    );
  });

  test('is one A4 portrait section with the Decree 30 margins in twips', () => {
    expect(docx.sections).toHaveLength(1);
    const section = docx.sections[0]!;
    expect(section).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(attribute(section, 'w:pgMar', 'w:top')).toBe('1134');
    expect(attribute(section, 'w:pgMar', 'w:bottom')).toBe('1134');
    expect(attribute(section, 'w:pgMar', 'w:left')).toBe('1701');
    expect(attribute(section, 'w:pgMar', 'w:right')).toBe('850');
  });

  test('sets Times New Roman on every run and as the document default', () => {
    const runs = docx.paragraphs.flatMap((paragraph) => paragraph.runs);
    expect(runs.length).toBeGreaterThan(20);
    expect(runs.every((run) => run.font === 'Times New Roman')).toBe(true);
    expect(docx.parts.get('word/styles.xml')).toMatch(/<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman"/);
  });

  test('writes the header texts with their diacritics, in their sizes and emphasis', () => {
    expect(runWith(docx, 'UBND TỈNH THANH HÓA')).toMatchObject({ bold: false, halfPoints: 26 });
    // The template may break the issuing body's name over lines; every run of it is bold 13 pt.
    const issuer = docx.paragraphs.find((p) => p.text.replace(/\n/g, ' ') === 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG')!;
    expect(issuer.runs.every((run) => run.bold && run.halfPoints === 26)).toBe(true);
    expect(runWith(docx, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toMatchObject({ bold: true, halfPoints: 24 });
    expect(runWith(docx, 'Độc lập - Tự do - Hạnh phúc')).toMatchObject({ bold: true });
    expect(paragraphWith(docx, 'Số: 05/QĐ-STTTT').jc).toBe('center');
    expect(runWith(docx, 'Thanh Hóa, ngày 05 tháng 7 năm 2023')).toMatchObject({ italic: true, halfPoints: 26 });
  });

  test('lays the header out as a borderless table whose left column is 42 % of the text width', () => {
    const headerTable = /<w:tbl>.*?<\/w:tbl>/s.exec(docx.documentXml)![0];
    expect(headerTable).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(headerTable).toMatch(/<w:tblBorders><w:top w:val="none"/);
    expect(headerTable).not.toMatch(/w:val="single"[^>]*w:sz="4"/);
    // Text width 11906 - 1701 - 850 = 9355; 42 % of it.
    expect(attribute(headerTable, 'w:gridCol', 'w:w')).toBe(String(Math.round(9355 * 0.42)));
    // Both columns together: exactly the text width, nothing in the margins.
    const columns = [...headerTable.matchAll(/<w:gridCol w:w="(\d+)"/g)].map((match) => Number(match[1]));
    expect(columns.reduce((sum, width) => sum + width, 0)).toBe(9355);
  });

  test('centres the title and subject in bold', () => {
    expect(paragraphWith(docx, 'QUYẾT ĐỊNH').jc).toBe('center');
    expect(runWith(docx, 'QUYẾT ĐỊNH')).toMatchObject({ bold: true, halfPoints: 28 });
    expect(runWith(docx, 'Về việc phê duyệt cấp độ an toàn hệ thống thông tin')).toMatchObject({ bold: true });
  });

  test('writes the legal bases in italics, justified, with a first-line indent', () => {
    const basis = paragraphWith(docx, 'Căn cứ Luật An toàn thông tin mạng');
    expect(basis.runs.every((run) => run.italic)).toBe(true);
    expect(basis).toMatchObject({ jc: 'both', firstLine: '567' });
  });

  test('starts each article with a bold "Điều n." and justifies its text with the body spacing', () => {
    for (const label of ['Điều 1.', 'Điều 2.', 'Điều 3.'])
      expect(runWith(docx, label)).toMatchObject({ bold: true, halfPoints: 28 });
    const article3 = paragraphWith(docx, 'Điều 3.');
    expect(article3.text).toMatch(/^Điều 3\. Quyết định này có hiệu lực kể từ ngày ký/);
    expect(article3).toMatchObject({ jc: 'both', firstLine: '567', spacingAfter: '120', line: '276' });
  });

  test('closes with the recipients and the signature', () => {
    expect(runWith(docx, 'Nơi nhận:')).toMatchObject({ bold: true, italic: true, halfPoints: 24 });
    expect(runWith(docx, '- Lưu: VT,')).toMatchObject({ halfPoints: 22 });
    expect(paragraphWith(docx, 'Nguyễn Văn Lãnh Đạo').runs[0]).toMatchObject({ bold: true });
  });

  test('numbers pages at the top from page 2: an empty first-page header and a PAGE field in the default one', () => {
    const section = docx.sections[0]!;
    expect(section).toContain('<w:titlePg/>');
    const numbered = docx.headerOf(section, 'default');
    expect(numbered).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(numbered).toMatch(/<w:jc w:val="center"\/>/);
    expect(numbered).toMatch(/<w:sz w:val="26"\/>/);
    const first = docx.headerOf(section, 'first');
    expect(first).toBeDefined();
    expect(first).not.toContain('PAGE');
    expect(
      paragraphsOf(first!, docx.styles)
        .map((paragraph) => paragraph.text)
        .join(''),
    ).toBe('');
  });

  test('sets the title and creator properties', () => {
    const core = docx.parts.get('docProps/core.xml')!;
    expect(core).toContain(`<dc:title>${approvalDecisionModel().title}</dc:title>`);
    expect(core).toContain(`<dc:creator>${approvalDecisionModel().author}</dc:creator>`);
  });
});

describe('renderDocx: every block kind', () => {
  let docx: Docx;
  beforeAll(async () => {
    docx = await readDocx(await renderDocx(everyBlockModel));
  });

  test('the model covers every block kind', () => {
    expect(new Set(everyBlockModel.blocks.map((block) => block.kind))).toEqual(new Set(Object.keys(everyKind)));
  });

  test('a landscape page break opens a landscape section, a portrait one returns to portrait', () => {
    expect(docx.sections).toHaveLength(3);
    const [first, landscape, last] = docx.sections as [string, string, string];
    expect(first).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(landscape).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    // officialFormat.landscapeMargins: top 30, bottom 15, left and right 20 mm.
    expect(attribute(landscape, 'w:pgMar', 'w:top')).toBe('1701');
    expect(attribute(landscape, 'w:pgMar', 'w:bottom')).toBe('850');
    expect(attribute(landscape, 'w:pgMar', 'w:left')).toBe('1134');
    expect(attribute(landscape, 'w:pgMar', 'w:right')).toBe('1134');
    expect(last).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(attribute(last, 'w:pgMar', 'w:left')).toBe('1701');
  });

  test('only the first section has an unnumbered first page; later sections are numbered throughout', () => {
    const [first, landscape, last] = docx.sections as [string, string, string];
    expect(first).toContain('<w:titlePg/>');
    for (const section of [landscape, last]) {
      expect(section).not.toContain('<w:titlePg/>');
      expect(docx.headerOf(section, 'default')).toMatch(/>PAGE</);
    }
  });

  test('a page break without an orientation change breaks the page within the section', () => {
    expect(docx.documentXml.match(/<w:pageBreakBefore\/>/g)).toHaveLength(1);
  });

  test('the data table is bordered, spans the landscape width in proportion, repeats its bold centred header', () => {
    const tables = [...docx.documentXml.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map((match) => match[0]);
    const data = tables.find((table) => table.includes('Tên hệ thống'))!;
    expect(data).toMatch(/<w:insideH w:val="single"/);
    const widths = [...data.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((match) => Number(match[1]));
    // Landscape text width: 16838 - 1134 - 1134.
    expect(widths.reduce((sum, width) => sum + width, 0)).toBe(14570);
    expect(widths.map((width) => Math.round((width / 14570) * 10))).toEqual([1, 6, 3]);
    const [headerRow] = data.match(/<w:tr>.*?<\/w:tr>/s)!;
    expect(headerRow).toContain('<w:tblHeader/>');
    const headerCells = paragraphsOf(`<root>${headerRow}</root>`, docx.styles);
    expect(headerCells.map((cell) => cell.text)).toEqual(['STT', 'Tên hệ thống', 'Cấp độ']);
    expect(
      headerCells.every((cell) => cell.jc === 'center' && cell.runs.every((run) => run.bold && run.halfPoints === 24)),
    ).toBe(true);
    expect(paragraphWith(docx, 'Cổng thông tin điện tử').text).toBe('Cổng thông tin điện tử\nhuyện Yên Định');
    // A short row gets empty cells rather than a ragged table.
    expect(data.match(/<w:tr>/g)).toHaveLength(3);
    expect(data.match(/<w:tc>/g)).toHaveLength(9);
  });

  test('the header carries a letter subject under the number', () => {
    expect(runWith(docx, 'V/v thẩm định hồ sơ đề xuất cấp độ')).toMatchObject({ halfPoints: 24 });
    expect(runWith(docx, 'UBND HUYỆN YÊN ĐỊNH')).toMatchObject({ bold: false });
    expect(runWith(docx, 'TRUNG TÂM DỊCH VỤ NÔNG NGHIỆP')).toMatchObject({ bold: true });
  });

  test('several addressees: "Kính gửi:" with the first, the others one per line (the layout: docx-addressee)', () => {
    expect(paragraphWith(docx, 'Kính gửi:').text).toBe('Kính gửi:\t- Sở Thông tin và Truyền thông tỉnh Thanh Hóa;');
    expect(paragraphWith(docx, 'Ủy ban nhân dân').text).toBe('- Ủy ban nhân dân huyện Yên Định.');
  });

  test('the authority is centred, bold, upper case', () => {
    const authority = paragraphWith(docx, 'GIÁM ĐỐC TRUNG TÂM DỊCH VỤ NÔNG NGHIỆP');
    expect(authority.jc).toBe('center');
    expect(authority.runs.every((run) => run.bold)).toBe(true);
  });

  test('headings are bold and kept as given', () => {
    expect(runWith(docx, 'I. TỔNG QUAN VỀ HỆ THỐNG')).toMatchObject({ bold: true });
    expect(runWith(docx, '1. Phạm vi')).toMatchObject({ bold: true });
  });

  test('runs keep their emphasis and "\\n" becomes a line break', () => {
    expect(runWith(docx, 'Chữ đậm')).toMatchObject({ bold: true, italic: false, underline: false });
    expect(runWith(docx, 'chữ nghiêng')).toMatchObject({ bold: false, italic: true });
    expect(runWith(docx, 'gạch chân')).toMatchObject({ underline: true });
    const mixed = paragraphWith(docx, 'Chữ đậm');
    expect(mixed.text).toBe('Chữ đậm chữ nghiêng gạch chân thường\ndòng sau');
    expect(mixed).toMatchObject({ jc: 'both', firstLine: '567' });
  });

  test('a centred paragraph has no first-line indent', () => {
    expect(paragraphWith(docx, 'Dòng căn giữa')).toMatchObject({ jc: 'center', firstLine: null });
  });

  test('an article title follows "Điều n." on its line; without a title the first paragraph does', () => {
    expect(paragraphWith(docx, 'Điều 1.').text).toBe('Điều 1. Phạm vi điều chỉnh');
    expect(paragraphWith(docx, 'Khoản một của điều.')).toMatchObject({
      text: 'Khoản một của điều.',
      jc: 'both',
      firstLine: '567',
    });
    expect(paragraphWith(docx, 'Điều 2.').text).toBe('Điều 2. Quyết định này có hiệu lực kể từ ngày ký.');
    expect(paragraphWith(docx, 'Đoạn thứ hai.').text).toBe('Đoạn thứ hai.');
  });

  test('the closing has the recipients and a signature block with space to sign', () => {
    expect(runWith(docx, 'KT. GIÁM ĐỐC')).toMatchObject({ bold: true });
    expect(runWith(docx, 'PHÓ GIÁM ĐỐC')).toMatchObject({ bold: true });
    expect(runWith(docx, 'Lê Văn Bình')).toMatchObject({ bold: true });
    const texts = docx.paragraphs.map((paragraph) => paragraph.text);
    const title = texts.indexOf('PHÓ GIÁM ĐỐC');
    const name = texts.indexOf('Lê Văn Bình');
    expect(texts.slice(title + 1, name).every((text) => text === '')).toBe(true);
    expect(name - title - 1).toBeGreaterThanOrEqual(3);
  });
});

describe('renderDocx: hostile text', () => {
  const longWord = 'Đ'.repeat(100) + 'a'.repeat(100) + 'ế'.repeat(100);
  const nfd = 'Tiếng Việt có dấu'.normalize('NFD');
  const hostile =
    `<w:t>&amp;"' ]]> a\u0000b\u0001c\u0008d\u000Be\u000Cf\u000Eg\u001Fh\uFFFEi\uFFFFj\uD800k\uDC00l ` +
    `${longWord} dòng 1\ndòng 2\r\ndòng 3 x\u202Ey\u200Fz\u2066w\uFEFF ${nfd} 😀`;
  const visible = `<w:t>&amp;"' ]]> abcdefghijkl ${longWord} dòng 1\ndòng 2\ndòng 3 xyzw Tiếng Việt có dấu 😀`;

  const model: DocumentModel = {
    fileName: 'hostile',
    author: 'Sở Thông tin và Truyền thông',
    status: 'issued',
    title: hostile,
    blocks: [
      {
        kind: 'header',
        parentBody: null,
        issuingBody: 'Sở',
        numberLine: hostile,
        letterSubject: hostile,
        placeAndDate: hostile,
      },
      { kind: 'addressee', addressees: [hostile] },
      { kind: 'legalBases', lines: [hostile] },
      { kind: 'paragraph', text: hostile },
      { kind: 'paragraph', text: [{ text: hostile, bold: true }] },
      { kind: 'heading', text: hostile, level: 2 },
      { kind: 'article', number: 1, title: hostile, paragraphs: [hostile] },
      { kind: 'table', columns: [{ title: hostile, width: 1 }], rows: [[hostile]] },
      {
        kind: 'closing',
        recipients: [hostile],
        signature: { authorityLine: null, title: 'GIÁM ĐỐC', signerName: hostile },
      },
    ],
  };

  let docx: Docx;
  beforeAll(async () => {
    // readDocx parses every part strictly: a forbidden character or a stray "<" fails here.
    docx = await readDocx(await renderDocx(model));
  });

  test('the strict parser used above does reject a forbidden character', () => {
    expect(() => parseXml('<a>\u0001</a>', 'probe')).toThrow(/not well-formed/);
  });

  test('every part is well formed and document.xml holds no forbidden or invisible control character', () => {
    expect(docx.documentXml).not.toMatch(
      // eslint-disable-next-line no-control-regex -- looking for control characters is the point
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/,
    );
    expect(docx.documentXml).not.toMatch(/<w:t[ >][^<]*<[^/]/);
  });

  test('the visible text is the NFC text without the invisible controls, wherever it appears', () => {
    const paragraphsWithVisible = docx.paragraphs.filter(
      (paragraph) => paragraph.text === visible || paragraph.text === `Kính gửi:\t${visible}`,
    );
    // number line, letter subject, place and date, addressee, legal basis, two paragraphs, heading,
    // the article's paragraph, the table's header and cell, the recipient and the signer.
    expect(paragraphsWithVisible.length).toBe(13);
    expect(paragraphWith(docx, 'Điều 1.').text).toBe(`Điều 1. ${visible}`);
    expect(paragraphWith(docx, 'Tiếng Việt có dấu').text.normalize('NFC')).toBe(
      paragraphWith(docx, 'Tiếng Việt có dấu').text,
    );
  });

  test('the 300-character word and the line breaks survive', () => {
    expect(
      paragraphWith(docx, longWord)
        .runs.map((run) => run.text)
        .join(''),
    ).toContain(longWord);
    expect(docx.documentXml).toContain('<w:br/>');
  });

  test('the title property is escaped and cleaned too', () => {
    const core = docx.parts.get('docProps/core.xml')!;
    const [title] = descendantsNamed(parseXml(core, 'core.xml'), 'dc:title');
    expect(textOf(title!)).toBe(visible);
  });
});

describe('renderDocx: edge cases', () => {
  test('an empty model is still a document with one paragraph', async () => {
    const docx = await readDocx(
      await renderDocx({ fileName: 'empty', title: '', author: '', status: 'issued', blocks: [] }),
    );
    expect(docx.sections).toHaveLength(1);
    expect(docx.paragraphs.length).toBeGreaterThanOrEqual(1);
  });

  test('a document opening on a landscape page break is landscape from its first page', async () => {
    const docx = await readDocx(
      await renderDocx({
        fileName: 'x',
        author: 'Sở Thông tin và Truyền thông',
        status: 'issued',
        title: 'x',
        blocks: [
          { kind: 'pageBreak', orientation: 'landscape' },
          { kind: 'paragraph', text: 'Phụ lục' },
        ],
      }),
    );
    expect(docx.sections).toHaveLength(1);
    expect(docx.sections[0]).toContain('w:orient="landscape"');
    expect(docx.documentXml).not.toContain('<w:pageBreakBefore/>');
  });

  test('a table without columns is left out rather than written as a row without cells', async () => {
    const docx = await readDocx(
      await renderDocx({
        fileName: 'x',
        title: 'x',
        author: 'x',
        status: 'issued',
        blocks: [{ kind: 'table', columns: [], rows: [['a']] }],
      }),
    );
    expect(docx.documentXml).not.toContain('<w:tbl>');
  });
});
// Speed is measured by tests/bench/documents.bench.ts (npm run bench:documents), not asserted here.
