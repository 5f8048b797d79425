import { beforeAll, describe, expect, test } from 'vitest';
import { modelOf } from '../support/pdf-models.js';
import { renderDocx } from '#server/rendering/render-docx.js';
import type { Block } from '#templates/document-model.js';
import { paragraphWith, readDocx, type Docx } from '../support/docx-reader.js';

/**
 * The header's lines break where the template put "\n" and nowhere else; "Kính gửi:" and its
 * addressees stand in one column at a fixed indent (the PDF uses the same one).
 */

const model = (blocks: Block[]) => modelOf(blocks);

const header = (parentBody: string | null, issuingBody: string): Block => ({
  kind: 'header',
  parentBody,
  issuingBody,
  numberLine: 'Số: 05/QĐ-STTTT',
  letterSubject: null,
  placeAndDate: 'Thanh Hóa, ngày 05 tháng 01 năm 2023',
});

describe("a letter's summary (V/v)", () => {
  test('keeps a gap under the number line', async () => {
    const block = { ...header(null, 'Sở Thông tin và Truyền thông'), letterSubject: 'V/v thẩm định hồ sơ' };
    const docx = await readDocx(await renderDocx(model([block])));
    expect(paragraphWith(docx, 'V/v thẩm định hồ sơ').spacingBefore).toBe('120');
  });
});

describe('header line breaks', () => {
  test('"\\n" in the bodies becomes a line break within the cell\'s paragraph, spaces beside it dropped', async () => {
    const docx = await readDocx(
      await renderDocx(model([header('Ủy ban nhân dân\ntỉnh Thanh Hóa', 'Sở Thông tin và \n Truyền thông')])),
    );
    const parent = paragraphWith(docx, 'ỦY BAN NHÂN DÂN');
    expect(parent.text).toBe('ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA');
    expect(parent.runs.map((run) => run.text)).toEqual(['ỦY BAN NHÂN DÂN', '\nTỈNH THANH HÓA']);
    expect(parent.runs.every((run) => !run.bold && run.halfPoints === 26)).toBe(true);
    const issuer = paragraphWith(docx, 'SỞ THÔNG TIN VÀ');
    expect(issuer.text).toBe('SỞ THÔNG TIN VÀ\nTRUYỀN THÔNG');
    expect(issuer.runs.every((run) => run.bold && run.halfPoints === 26)).toBe(true);
    expect(issuer.jc).toBe('center');
  });

  test('without "\\n" a name is one line with no break of its own', async () => {
    const docx = await readDocx(await renderDocx(model([header(null, 'Sở Thông tin và Truyền thông')])));
    expect(paragraphWith(docx, 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG').text).toBe('SỞ THÔNG TIN VÀ TRUYỀN THÔNG');
    expect(docx.documentXml).not.toContain('<w:br/>');
  });
});

/** "Kính gửi:" at the 10 mm first-line indent, the addressees at 30 mm (1701 twips) from the text's left edge. */
const COLUMN = '1701';
const LABEL_AT = 567;

describe('"Kính gửi:" and one addressee', () => {
  test('the addressee follows the label on its line, reached by a tab to the column', async () => {
    const docx = await readDocx(
      await renderDocx(model([{ kind: 'addressee', addressees: ['Sở Thông tin và Truyền thông tỉnh Thanh Hóa'] }])),
    );
    const line = paragraphWith(docx, 'Kính gửi:');
    expect(line).toMatchObject({
      text: 'Kính gửi:\tSở Thông tin và Truyền thông tỉnh Thanh Hóa',
      jc: 'left',
      left: COLUMN,
      hanging: String(Number(COLUMN) - LABEL_AT),
    });
    expect(docx.documentXml).toContain(`<w:tabs><w:tab w:val="left" w:pos="${COLUMN}"/></w:tabs>`);
    expect(line.runs.every((run) => !run.bold && run.halfPoints === 28)).toBe(true);
  });
});

describe('"Kính gửi:" and several addressees', () => {
  const addressees = [
    '- Sở Thông tin và Truyền thông tỉnh Thanh Hóa;',
    '- Ủy ban nhân dân huyện Yên Định;',
    '- Trung tâm Dịch vụ nông nghiệp huyện Yên Định.',
  ];
  let docx: Docx;
  beforeAll(async () => {
    docx = await readDocx(
      await renderDocx(
        model([
          { kind: 'addressee', addressees },
          { kind: 'paragraph', text: 'Nội dung.' },
        ]),
      ),
    );
  });

  test("the first on the label's line, each other on its own line, exactly as the template wrote them", () => {
    const lines = docx.paragraphs.filter((paragraph) => paragraph.text !== 'Nội dung.').map((p) => p.text);
    expect(lines).toEqual([`Kính gửi:\t${addressees[0]}`, addressees[1], addressees[2]]);
  });

  test("the others hang under the first: their lines start at the column, as the first's wrapped lines do", () => {
    const [first, ...others] = addressees.map((text) => paragraphWith(docx, text));
    expect(first).toMatchObject({ left: COLUMN, hanging: String(Number(COLUMN) - LABEL_AT), firstLine: null });
    for (const other of others)
      expect(other).toMatchObject({ left: COLUMN, hanging: null, firstLine: null, jc: 'left' });
  });

  test('the list is set at the body line height without gaps, kept on one page, a gap after it', () => {
    const [first, second, last] = addressees.map((text) => paragraphWith(docx, text));
    expect(first).toMatchObject({ spacingBefore: '120', spacingAfter: '0', line: '276', keepNext: true });
    expect(second).toMatchObject({ spacingBefore: '0', spacingAfter: '0', keepNext: true });
    expect(last).toMatchObject({ spacingAfter: '120', keepNext: false });
  });
});
