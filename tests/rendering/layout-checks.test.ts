import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { describe, expect, test } from 'vitest';
import type { DocumentModel } from '#templates/document-model.js';
import { docxClosingKeepProblems, docxHeaderLines } from '../support/layout-docx.js';
import { placeBreakProblems, placeNames, registerPlaces, wordBreakProblems } from '../support/layout-header.js';
import { layoutChecks } from '../support/layout-checks.js';
import type { PdfLine, PdfPageLines } from '../support/layout-lines.js';
import { pdfaProblems, readPdfArchival } from '../support/layout-pdfa.js';
import type { RenderedLayout } from '../support/layout-render.js';
import { pdfRules, summaryRuleProblems } from '../support/layout-rules.js';

/**
 * The layout checks themselves (tests/support/layout-*.ts): each finds what it looks for and says so
 * when it is missing, on small files made for the purpose, so a check that passes means something.
 */
const fontFile = createRequire(import.meta.url).resolve('@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf');

/** A one-page PDF drawn by `draw`, plain or PDF/A-2b. */
function pdfOf(draw: (doc: PDFKit.PDFDocument) => void, options: PDFKit.PDFDocumentOptions = {}): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 0, font: '', ...options });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.registerFont('Tinos', fontFile);
  doc.font('Tinos');
  draw(doc);
  doc.end();
  return done;
}

describe('the PDF/A reader', () => {
  test('reads the identification, the output intent and the embedded fonts of a PDF/A-2b file', async () => {
    const pdf = await pdfOf((doc) => doc.text('Quyết định', 100, 100), { subset: 'PDF/A-2b', pdfVersion: '1.7' });
    expect(readPdfArchival(pdf)).toMatchObject({
      part: '2',
      conformance: 'B',
      catalogMetadata: true,
      outputIntents: [{ subtype: 'GTS_PDFA1', profile: true }],
      fontsNotEmbedded: [],
    });
    expect(pdfaProblems(pdf)).toEqual([]);
  });

  test('names what a plain PDF lacks', async () => {
    const problems = pdfaProblems(await pdfOf((doc) => doc.text('Quyết định', 100, 100)));
    expect(problems).toEqual([
      'XMP identification pdfaid:part - conformance -, not 2 B',
      'the catalog has no /Metadata pointing at the XMP packet',
      'no /OutputIntents entry /GTS_PDFA1 with a /DestOutputProfile',
    ]);
  });
});

describe('the rules of a PDF', () => {
  test('a stroked line and a thin bar are found where they are drawn, from the top of the page', async () => {
    const pdf = await pdfOf((doc) => {
      doc.moveTo(200, 150).lineTo(300, 150).stroke();
      doc.rect(100, 400, 50, 1).fill();
      // A path that only clips draws nothing.
      doc.save().moveTo(0, 500).lineTo(500, 500).clip().restore();
    });
    const [rules] = await pdfRules(pdf);
    expect(rules).toHaveLength(2);
    expect(rules![0]).toMatchObject({ x1: 200, x2: 300, y: 150 });
    expect(rules![1]!.x1).toBeCloseTo(100);
    expect(rules![1]!.x2).toBeCloseTo(150);
    expect(rules![1]!.y).toBeCloseTo(400.5);
  });

  const model: DocumentModel = {
    fileName: 'x',
    title: 'x',
    author: 'x',
    status: 'issued',
    blocks: [{ kind: 'title', type: 'QUYẾT ĐỊNH', subject: 'Về việc phê duyệt cấp độ' }],
  };
  const words = (text: string, xMin: number, top: number) => ({
    text,
    xMin,
    xMax: xMin + 40,
    yMin: top,
    yMax: top + 15,
  });
  const summary: PdfPageLines[] = [
    {
      width: 595,
      height: 842,
      lines: [
        { text: 'QUYẾT ĐỊNH', words: [words('QUYẾT ĐỊNH', 280, 100)], xMin: 280, xMax: 320, top: 100, bottom: 115 },
        {
          text: 'Về việc phê duyệt cấp độ',
          words: [words('Về việc phê duyệt cấp độ', 200, 117)],
          xMin: 200,
          xMax: 400,
          top: 117,
          bottom: 132,
        },
      ],
    },
  ];

  test('a rule a third of the summary, centred under it, is the rule; none or a long one is named', () => {
    expect(summaryRuleProblems(model, summary, [[{ x1: 266, x2: 334, y: 134 }]])).toEqual([]);
    expect(summaryRuleProblems(model, summary, [[]])).toEqual([
      'page 1: no rule under the summary "Về việc phê duyệt cấp độ"',
    ]);
    expect(summaryRuleProblems(model, summary, [[{ x1: 200, x2: 400, y: 134 }]])[0]).toMatch(/200\.0 pt, not a third/);
    // Beside the summary rather than under it: not its rule.
    expect(summaryRuleProblems(model, summary, [[{ x1: 100, x2: 168, y: 134 }]])).toHaveLength(1);
    // Under the next line rather than this one: not its rule either.
    expect(summaryRuleProblems(model, summary, [[{ x1: 266, x2: 334, y: 160 }]])).toHaveLength(1);
  });
});

describe('header lines and the register', () => {
  const places = registerPlaces([
    'Ủy ban nhân dân xã Định Bình',
    'Trung tâm Dịch vụ nông nghiệp huyện Yên Định',
    'Ủy ban nhân dân thị trấn Quán Lào',
  ]);

  test("a name's place comes after its unit word", () => {
    expect(placeNames('Sở Thông tin và Truyền thông tỉnh Thanh Hóa')).toEqual(['THANH HÓA']);
    expect(placeNames('Bộ Công an')).toEqual([]);
    expect(places).toEqual(['ĐỊNH BÌNH', 'YÊN ĐỊNH', 'QUÁN LÀO']);
  });

  test('a break inside a place or a two-syllable word is named; one between words of meaning is not', () => {
    expect(placeBreakProblems(['UBND HUYỆN YÊN ĐỊNH', 'ỦY BAN NHÂN DÂN XÃ ĐỊNH', 'BÌNH'], places)).toEqual([
      '"ĐỊNH / BÌNH" in "UBND HUYỆN YÊN ĐỊNH / ỦY BAN NHÂN DÂN XÃ ĐỊNH / BÌNH"',
    ]);
    expect(placeBreakProblems(['ỦY BAN NHÂN DÂN', 'XÃ ĐỊNH BÌNH'], places)).toEqual([]);
    expect(wordBreakProblems(['SỞ THÔNG TIN VÀ TRUYỀN', 'THÔNG TỈNH THANH HÓA'])).toEqual([
      '"TRUYỀN / THÔNG" in "SỞ THÔNG TIN VÀ TRUYỀN / THÔNG TỈNH THANH HÓA"',
    ]);
    expect(wordBreakProblems(['SỞ THÔNG TIN', 'VÀ TRUYỀN THÔNG'])).toEqual([]);
  });
});

describe('the DOCX closing', () => {
  const closingModel: DocumentModel = {
    fileName: 'x',
    title: 'x',
    author: 'x',
    status: 'issued',
    blocks: [
      { kind: 'paragraph', text: 'Kính trình Sở xem xét./.' },
      {
        kind: 'closing',
        recipients: ['- Lưu: VT.'],
        signature: { authorityLine: null, title: 'GIÁM ĐỐC', signerName: 'Lê Văn Hùng' },
      },
    ],
  };
  const paragraph = (text: string, properties: string) =>
    `<w:p><w:pPr>${properties}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
  const table = (rowProperties: string, cells: string[]) =>
    `<w:tbl><w:tr>${rowProperties}${cells.map((text) => `<w:tc>${paragraph(text, '')}</w:tc>`).join('')}</w:tr>` +
    '</w:tbl>';
  const document = (body: string) => `<w:document><w:body>${body}<w:sectPr/></w:body></w:document>`;
  const header = table('', ['ỦY BAN NHÂN DÂN<w:br/>XÃ ĐỊNH BÌNH', 'CỘNG HÒA']);
  const closing = (rowProperties: string) => table(rowProperties, ['Nơi nhận:', 'GIÁM ĐỐC']);

  test('kept: the last paragraph keeps with the closing and its lines together, the row never splits', () => {
    const xml = document(
      header +
        paragraph('Kính trình Sở xem xét./.', '<w:keepNext/><w:keepLines/>') +
        closing('<w:trPr><w:cantSplit/></w:trPr>'),
    );
    expect(docxClosingKeepProblems(closingModel, xml)).toEqual([]);
    expect(docxHeaderLines(xml)).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ ĐỊNH BÌNH']);
  });

  test('not kept: each missing property is named', () => {
    const xml = document(header + paragraph('Kính trình Sở xem xét./.', '<w:keepLines/>') + closing(''));
    expect(docxClosingKeepProblems(closingModel, xml)).toEqual([
      'a row of the closing table may split',
      '"Kính trình Sở xem xét./." does not keep with the next',
    ]);
  });
});

describe('the checks of the closing, the headings and the blanks', () => {
  const check = (key: string) => layoutChecks.find((candidate) => candidate.key === key)!;
  const model: DocumentModel = {
    fileName: 'x',
    title: 'x',
    author: 'x',
    status: 'draft',
    blocks: [
      {
        kind: 'header',
        parentBody: null,
        issuingBody: 'ỦY BAN NHÂN DÂN XÃ ĐỊNH BÌNH',
        numberLine: 'Số:       /QĐ-UBND',
        letterSubject: null,
        placeAndDate: 'Định Bình, ngày      tháng      năm 2026',
      },
      { kind: 'heading', text: 'Điều khoản thi hành', level: 1 },
      { kind: 'paragraph', text: 'Quyết định này có hiệu lực kể từ ngày ký./.' },
      {
        kind: 'closing',
        recipients: ['- Lưu: VT.'],
        signature: { authorityLine: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', signerName: '' },
      },
    ],
  };
  /** A line of words set from x, each word 6 pt a letter, `gap` points apart. */
  function line(text: string, x: number, top: number, gap = 3.5): PdfLine {
    let at = x;
    const words = text.split(' ').map((word) => {
      const box = { text: word, xMin: at, xMax: at + 6 * word.length, yMin: top, yMax: top + 15 };
      at = box.xMax + gap;
      return box;
    });
    return { text, words, xMin: x, xMax: at - gap, top, bottom: top + 15 };
  }
  const page = (...lines: PdfLine[]): PdfPageLines => ({ width: 595.28, height: 841.89, lines });
  const joined = (...lines: PdfLine[]): PdfLine => ({
    text: lines.map((part) => part.text).join(' '),
    words: lines.flatMap((part) => part.words),
    xMin: lines[0]!.xMin,
    xMax: lines.at(-1)!.xMax,
    top: lines[0]!.top,
    bottom: lines[0]!.bottom,
  });
  const rendered = (pages: PdfPageLines[]) =>
    ({ name: 'x', model, pages, rules: [], docxParts: {}, pageCount: pages.length }) as unknown as RenderedLayout;
  const closing = (top: number) => [
    joined(line('Nơi nhận:', 86, top), line('TM. ỦY BAN NHÂN DÂN', 380, top)),
    line('CHỦ TỊCH', 400, top + 16),
  ];

  test('a closing alone on the last page, a heading at the foot of one and narrow blanks are named', () => {
    const pages = [
      page(
        joined(line('Số: /QĐ-UBND', 120, 120), line('Định Bình, ngày tháng năm 2026', 320, 120)),
        line('Điều khoản thi hành', 114, 760),
      ),
      page(line('Quyết định này có hiệu lực kể từ ngày ký./.', 114, 57)),
      page(line('3', 300, 30), ...closing(57)),
    ];
    expect(check('closing-pdf').problems(rendered(pages), { places: [] })).toEqual([
      'page 3 of 3: the closing stands without the end of the text before it ("…từ ngày ký./.")',
    ]);
    expect(check('heading-foot').problems(rendered(pages), { places: [] })).toEqual([
      'page 1 ends with the heading "ĐIỀU KHOẢN THI HÀNH"',
    ]);
    expect(check('blanks').problems(rendered(pages), { places: [] })).toEqual([
      `the number's blank is narrower than three spaces: "Số: /QĐ-UBND Định Bình, ngày t"`,
      'the blank after "ngày" is narrower than three spaces',
      'the blank after "tháng" is narrower than three spaces',
    ]);
  });

  test('kept together and blanks three spaces wide: nothing to say', () => {
    const wide = 3 * 0.25 * 13;
    const pages = [
      page(
        joined(line('Số: /QĐ-UBND', 120, 120, wide), line('Định Bình, ngày tháng năm 2026', 320, 120, wide)),
        line('Điều khoản thi hành', 114, 700),
        line('Quyết định này có hiệu lực', 114, 760),
      ),
      page(line('2', 300, 30), line('kể từ ngày ký./.', 86, 57), ...closing(90)),
    ];
    for (const key of ['closing-pdf', 'heading-foot', 'blanks'])
      expect(check(key).problems(rendered(pages), { places: [] })).toEqual([]);
  });
});
