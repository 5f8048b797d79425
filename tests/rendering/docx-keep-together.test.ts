import { beforeAll, describe, expect, test } from 'vitest';
import { modelOf } from '../support/pdf-models.js';
import { formKeys } from '#shared/regimes/regime.schemas.js';
import { renderDocx } from '#server/rendering/render-docx.js';
import type { Block } from '#templates/document-model.js';
import { formDefinition } from '#templates/forms/index.js';
import { bodyBlocks, type BodyBlock } from '../support/docx-body.js';
import { paragraphWith, readDocx, type Docx, type ParagraphInfo } from '../support/docx-reader.js';

/**
 * What Word and LibreOffice must keep on one page, read from the XML: the last block before the
 * closing with the closing (so the signature never stands alone), a heading with what follows it, a
 * table's introduction with the table, a table's header row with its first row.
 */

const closing: Block = {
  kind: 'closing',
  recipients: ['- Như trên;', '- Lưu: VT.'],
  signature: { authorityLine: null, title: 'GIÁM ĐỐC', signerName: 'Lê Văn Bình' },
};

const model = (blocks: Block[]) => modelOf(blocks);

const kept = (paragraph: ParagraphInfo) => paragraph.keepNext && paragraph.keepLines;

/** The top-level blocks before the closing table (the one with "Nơi nhận:"), nearest first. */
function blocksBeforeClosing(docx: Docx): BodyBlock[] {
  const blocks = bodyBlocks(docx);
  const index = blocks.findIndex((block) => block.kind === 'table' && block.text.includes('Nơi nhận:'));
  expect(index).toBeGreaterThan(0);
  return blocks.slice(0, index).reverse();
}

describe('the signature never stands alone', () => {
  let docx: Docx;
  beforeAll(async () => {
    docx = await readDocx(
      await renderDocx(
        model([
          { kind: 'article', number: 1, title: 'Phạm vi', paragraphs: ['Khoản 1 của Điều 1.', 'Khoản 2 của Điều 1.'] },
          {
            kind: 'article',
            number: 2,
            title: null,
            paragraphs: ['Điều 2 mở đầu.', 'Khoản 1 của Điều 2.', 'Khoản 2.'],
          },
          closing,
        ]),
      ),
    );
  });

  test('every paragraph of the last article keeps with the next and keeps its lines', () => {
    for (const text of ['Điều 2.', 'Khoản 1 của Điều 2.', 'Khoản 2.'])
      expect(kept(paragraphWith(docx, text))).toBe(true);
  });

  test('an earlier article keeps only its head with its first clause', () => {
    expect(paragraphWith(docx, 'Điều 1.').keepNext).toBe(true);
    expect(paragraphWith(docx, 'Khoản 1 của Điều 1.').keepNext).toBe(false);
    expect(paragraphWith(docx, 'Khoản 2 của Điều 1.').keepNext).toBe(false);
  });

  test("the closing's rows never split", () => {
    const table = bodyBlocks(docx).find((block) => block.kind === 'table' && block.text.includes('Nơi nhận:'));
    expect(table?.kind === 'table' && table.rows.every((row) => row.cantSplit)).toBe(true);
  });

  test('a closing after a paragraph keeps that paragraph alone with it', async () => {
    const single = await readDocx(
      await renderDocx(
        model([{ kind: 'paragraph', text: 'Đoạn trước.' }, { kind: 'paragraph', text: 'Đoạn cuối.' }, closing]),
      ),
    );
    expect(kept(paragraphWith(single, 'Đoạn cuối.'))).toBe(true);
    expect(paragraphWith(single, 'Đoạn trước.').keepNext).toBe(false);
  });

  test('a table before the closing keeps its last row and the gap under it with the closing', async () => {
    const table: Block = { kind: 'table', columns: [{ title: 'Cột', width: 1 }], rows: [['Dòng 1'], ['Dòng 2']] };
    const withTable = await readDocx(await renderDocx(model([table, closing])));
    expect(paragraphWith(withTable, 'Dòng 1').keepNext).toBe(false);
    expect(paragraphWith(withTable, 'Dòng 2').keepNext).toBe(true);
    const [gap] = blocksBeforeClosing(withTable);
    expect(gap?.kind === 'paragraph' && gap.paragraph.keepNext).toBe(true);
  });
});

describe.each(formKeys)('%s: the text before the closing keeps with it', (key) => {
  test('every paragraph from the last text to the closing keeps with the next', async () => {
    const definition = formDefinition(key);
    const docx = await readDocx(
      await renderDocx(definition.template(definition.schema.parse(definition.sample), 2026)),
    );
    const before = blocksBeforeClosing(docx);
    const lastText = before.findIndex((block) => block.kind === 'paragraph' && block.paragraph.text.trim() !== '');
    expect(lastText).toBeGreaterThanOrEqual(0);
    for (const block of before.slice(0, lastText + 1))
      expect(block.kind === 'paragraph' && kept(block.paragraph), JSON.stringify(block)).toBe(true);
  });
});

describe('headings and tables stay with what follows them', () => {
  let docx: Docx;
  beforeAll(async () => {
    docx = await readDocx(
      await renderDocx(
        model([
          { kind: 'heading', text: 'I. CHƯƠNG', level: 1 },
          { kind: 'paragraph', text: 'Đoạn thường.' },
          { kind: 'heading', text: '1. Mục', level: 2 },
          { kind: 'paragraph', text: 'Bảng sau liệt kê:' },
          { kind: 'table', columns: [{ title: 'Tiêu đề', width: 1 }], rows: [['Dòng 1'], ['Dòng 2']] },
          { kind: 'paragraph', text: 'Đoạn sau bảng.' },
        ]),
      ),
    );
  });

  test('headings keep with the next paragraph and keep their lines, through their heading styles', () => {
    for (const [text, style] of [
      ['I. CHƯƠNG', 'Heading1'],
      ['1. Mục', 'Heading2'],
    ] as const) {
      expect(paragraphWith(docx, text)).toMatchObject({ style, keepNext: true, keepLines: true });
    }
  });

  test('the paragraph introducing a table keeps with it; other paragraphs do not', () => {
    expect(kept(paragraphWith(docx, 'Bảng sau liệt kê:'))).toBe(true);
    expect(paragraphWith(docx, 'Đoạn thường.').keepNext).toBe(false);
    expect(paragraphWith(docx, 'Đoạn sau bảng.').keepNext).toBe(false);
  });

  test('the header row repeats, never splits and keeps with the first row', () => {
    const table = bodyBlocks(docx).find((block) => block.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no table');
    const [header, first, last] = table.rows;
    expect(header).toMatchObject({ tableHeader: true, cantSplit: true });
    expect(header!.paragraphs.every((paragraph) => paragraph.keepNext)).toBe(true);
    expect(first).toMatchObject({ tableHeader: false, cantSplit: true });
    expect(last!.paragraphs.some((paragraph) => paragraph.keepNext)).toBe(false);
  });
});
