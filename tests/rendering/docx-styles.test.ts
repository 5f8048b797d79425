import { beforeAll, describe, expect, test } from 'vitest';
import { renderDocx } from '#server/rendering/render-docx.js';
import type { DocumentModel } from '#templates/document-model.js';
import { paragraphWith, readDocx, type Docx } from '../support/docx-reader.js';
import { childNamed, childrenNamed, parseXml, textOf, type XmlElement } from '../support/docx-xml.js';

/**
 * The paragraph styles a clerk editing in Word relies on: Normal carries the body's look (Times New
 * Roman 14 pt, justified, a 10 mm first-line indent, 6 pt after, 1.15 lines), headings and the title
 * have their own styles, and paragraphs name a style instead of repeating what it says. Also the
 * file's properties: who issued it, its title, its language.
 */

const model: DocumentModel = {
  fileName: 'kiem-tra-kieu',
  title: 'Báo cáo kiểm tra kiểu đoạn',
  author: 'Sở Thông tin và Truyền thông tỉnh Thanh Hóa',
  status: 'issued',
  blocks: [
    { kind: 'title', type: 'BÁO CÁO', subject: 'Về việc kiểm tra kiểu đoạn' },
    { kind: 'heading', text: 'I. CHƯƠNG MỘT', level: 1 },
    { kind: 'heading', text: '1. Mục một', level: 2 },
    { kind: 'heading', text: 'MỤC CĂN GIỮA', level: 2, align: 'center' },
    { kind: 'paragraph', text: 'Đoạn văn thân bài.' },
  ],
};

/** A paragraph style of styles.xml as an element, by its id. */
function styleElement(docx: Docx, id: string): XmlElement {
  const root = childNamed(parseXml(docx.parts.get('word/styles.xml')!, 'styles.xml'), 'w:styles')!;
  const style = childrenNamed(root, 'w:style').find((element) => element.attributes['w:styleId'] === id);
  if (!style) throw new Error(`no style ${id}`);
  return style;
}

const attributes = (element: XmlElement | undefined, name: string) => childNamed(element, name)?.attributes ?? {};

describe('DOCX paragraph styles', () => {
  let docx: Docx;
  beforeAll(async () => {
    docx = await readDocx(await renderDocx(model));
  });

  test('Normal, the default: Times New Roman 14 pt, justified, 10 mm first-line indent, 6 pt after, 1.15 lines', () => {
    const normal = styleElement(docx, 'Normal');
    expect(normal.attributes['w:default']).toBe('1');
    const pPr = childNamed(normal, 'w:pPr');
    expect(attributes(pPr, 'w:jc')['w:val']).toBe('both');
    expect(attributes(pPr, 'w:ind')['w:firstLine']).toBe('567');
    expect(attributes(pPr, 'w:spacing')).toMatchObject({ 'w:after': '120', 'w:line': '276', 'w:lineRule': 'auto' });
    const rPr = childNamed(normal, 'w:rPr');
    expect(attributes(rPr, 'w:rFonts')['w:ascii']).toBe('Times New Roman');
    expect(attributes(rPr, 'w:sz')['w:val']).toBe('28');
  });

  test.each(['Heading1', 'Heading2'])('%s is bold 14 pt, based on Normal, kept with the next paragraph', (id) => {
    const style = styleElement(docx, id);
    expect(attributes(style, 'w:name')['w:val']).toBe(id === 'Heading1' ? 'heading 1' : 'heading 2');
    expect(attributes(style, 'w:basedOn')['w:val']).toBe('Normal');
    const pPr = childNamed(style, 'w:pPr');
    expect(childNamed(pPr, 'w:keepNext')).toBeDefined();
    expect(childNamed(pPr, 'w:keepLines')).toBeDefined();
    expect(attributes(pPr, 'w:outlineLvl')['w:val']).toBe(id === 'Heading1' ? '0' : '1');
    const rPr = childNamed(style, 'w:rPr');
    expect(childNamed(rPr, 'w:b')).toBeDefined();
    expect(attributes(rPr, 'w:sz')['w:val']).toBe('28');
  });

  test("Title is centred and bold without an indent, and carries none of Word's own large title", () => {
    const title = styleElement(docx, 'Title');
    expect(attributes(childNamed(title, 'w:pPr'), 'w:jc')['w:val']).toBe('center');
    expect(attributes(childNamed(title, 'w:pPr'), 'w:ind')['w:firstLine']).toBe('0');
    expect(childNamed(childNamed(title, 'w:rPr'), 'w:b')).toBeDefined();
    expect(attributes(childNamed(title, 'w:rPr'), 'w:sz')['w:val']).toBe('28');
  });

  test('heading and title paragraphs name their styles and look as before: bold, the heading indented', () => {
    expect(paragraphWith(docx, 'I. CHƯƠNG MỘT')).toMatchObject({ style: 'Heading1', jc: 'left', firstLine: '567' });
    expect(paragraphWith(docx, '1. Mục một')).toMatchObject({ style: 'Heading2', jc: 'left', firstLine: '567' });
    expect(paragraphWith(docx, 'MỤC CĂN GIỮA')).toMatchObject({ style: 'Heading2', jc: 'center', firstLine: null });
    expect(paragraphWith(docx, 'BÁO CÁO')).toMatchObject({ style: 'Title', jc: 'center', firstLine: null });
    expect(paragraphWith(docx, 'Về việc kiểm tra kiểu đoạn').style).toBe('Title');
    for (const text of ['I. CHƯƠNG MỘT', '1. Mục một', 'BÁO CÁO'])
      expect(paragraphWith(docx, text).runs.every((run) => run.bold && run.halfPoints === 28)).toBe(true);
  });

  test('a body paragraph takes its look from Normal, with no direct paragraph formatting of its own', () => {
    expect(paragraphWith(docx, 'Đoạn văn thân bài.')).toMatchObject({
      style: null,
      jc: 'both',
      firstLine: '567',
      spacingAfter: '120',
      line: '276',
      keepNext: false,
    });
    // Straight from <w:p> to its run: no <w:pPr> at all.
    expect(docx.documentXml).toMatch(/<w:p><w:r>(?:(?!<\/w:p>).)*Đoạn văn thân bài\./);
    // A heading's keep-with-next is its style's, not repeated on the paragraph.
    expect(docx.documentXml).not.toMatch(/<w:pStyle w:val="Heading\d"\/><w:keepNext\/>/);
  });
});

describe('DOCX properties', () => {
  let docx: Docx;
  beforeAll(async () => {
    docx = await readDocx(await renderDocx(model));
  });

  test("the creator is the issuing body and the title the model's", () => {
    const core = parseXml(docx.parts.get('docProps/core.xml')!, 'core.xml');
    const properties = childNamed(core, 'cp:coreProperties')!;
    const value = (name: string) => {
      const element = childNamed(properties, name);
      return element ? textOf(element) : undefined;
    };
    expect(value('dc:creator')).toBe('Sở Thông tin và Truyền thông tỉnh Thanh Hóa');
    expect(value('dc:title')).toBe('Báo cáo kiểm tra kiểu đoạn');
  });

  test('the document language is Vietnamese (vi-VN) in the default run properties', () => {
    expect(docx.parts.get('word/styles.xml')).toMatch(
      /<w:rPrDefault><w:rPr>(?:(?!<\/w:rPr>).)*<w:lang w:val="vi-VN"\/>/,
    );
  });
});
