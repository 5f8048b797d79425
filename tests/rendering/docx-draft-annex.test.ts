import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { beforeAll, describe, expect, test } from 'vitest';
import { modelOf } from '../support/pdf-models.js';
import { renderDocx } from '#server/rendering/render-docx.js';
import type { Block, DocumentModel } from '#templates/document-model.js';
import { formDefinition } from '#templates/forms/index.js';
import { attribute, paragraphsOf, readDocx, type Docx } from '../support/docx-reader.js';

/**
 * A draft's "DỰ THẢO" mark, the annexes' own page numbering, and the rule under an annex's title.
 */

const closing: Block = {
  kind: 'closing',
  recipients: ['- Như trên;', '- Lưu: VT.'],
  signature: { authorityLine: null, title: 'GIÁM ĐỐC', signerName: '' },
};

const model = (status: DocumentModel['status'], blocks: Block[]) => modelOf(blocks, status);

/** Every XML part's visible text together. */
const allText = (docx: Docx) => [...docx.parts.values()].map((xml) => xml.replace(/<[^>]+>/g, '')).join('\n');

describe('the "DỰ THẢO" mark', () => {
  const blocks: Block[] = [{ kind: 'paragraph', text: 'Nội dung.' }, { kind: 'pageBreak', annex: true }, closing];

  test('a draft carries it in bold, boxed, at the top right of its first page only', async () => {
    const docx = await readDocx(await renderDocx(model('draft', blocks)));
    const [main, annex] = docx.sections as [string, string];
    const firstHeader = paragraphsOf(docx.headerOf(main, 'first')!, docx.styles);
    const mark = firstHeader.find((paragraph) => paragraph.text === 'DỰ THẢO');
    expect(mark).toMatchObject({ jc: 'right' });
    expect(mark!.runs[0]).toMatchObject({ bold: true, italic: false, boxed: true, halfPoints: 28 });
    // Nowhere else: not on later pages, not on an annex's first page, not in the body.
    expect(docx.headerOf(main, 'default')).not.toContain('DỰ THẢO');
    expect(docx.headerOf(annex, 'first')).not.toContain('DỰ THẢO');
    expect(docx.documentXml).not.toContain('DỰ THẢO');
  });

  test('an issued document never carries it', async () => {
    const docx = await readDocx(await renderDocx(model('issued', blocks)));
    expect(allText(docx)).not.toContain('DỰ THẢO');
  });

  test('a form rendered as a draft carries it, the same form issued does not', async () => {
    const definition = formDefinition('approval-decision');
    const issued = definition.template(definition.schema.parse(definition.sample), 2026);
    const asDraft = await readDocx(await renderDocx({ ...issued, status: 'draft' }));
    expect(asDraft.headerOf(asDraft.sections[0]!, 'first')).toContain('DỰ THẢO');
    expect(allText(await readDocx(await renderDocx({ ...issued, status: 'issued' })))).not.toContain('DỰ THẢO');
  });
});

describe('annexes numbered on their own', () => {
  let docx: Docx;
  beforeAll(async () => {
    docx = await readDocx(
      await renderDocx(
        model('issued', [
          { kind: 'paragraph', text: 'Nội dung chính.' },
          { kind: 'pageBreak', orientation: 'landscape' },
          { kind: 'paragraph', text: 'Bảng rộng của phần chính.' },
          { kind: 'pageBreak', orientation: 'portrait' },
          closing,
          { kind: 'pageBreak', annex: true },
          { kind: 'title', type: 'PHỤ LỤC I', subject: 'Danh mục hệ thống' },
          { kind: 'paragraph', text: 'Phụ lục một.' },
          { kind: 'pageBreak', annex: true, orientation: 'landscape' },
          { kind: 'title', type: 'PHỤ LỤC II', subject: null },
          { kind: 'paragraph', text: 'Phụ lục hai.' },
        ]),
      ),
    );
  });

  test('each annex opens a section; turning the page alone does too, an annex page break adds none within', () => {
    expect(docx.sections).toHaveLength(5);
    expect(docx.documentXml).not.toContain('<w:pageBreakBefore/>');
    expect(docx.sections[4]).toContain('w:orient="landscape"');
  });

  test('an annex restarts at 1, its first page unnumbered and its second "2", as the main text', () => {
    const [main, , , annex1, annex2] = docx.sections as [string, string, string, string, string];
    for (const section of [annex1, annex2]) {
      expect(attribute(section, 'w:pgNumType', 'w:start')).toBe('1');
      expect(section).toContain('<w:titlePg/>');
      expect(paragraphsOf(docx.headerOf(section, 'first')!, docx.styles).map((p) => p.text)).toEqual(['']);
      expect(docx.headerOf(section, 'default')).toMatch(/>PAGE</);
    }
    // The main text's first section numbers like an annex does, without restarting anything.
    expect(main).toContain('<w:titlePg/>');
    expect(attribute(main, 'w:pgNumType', 'w:start')).toBeUndefined();
  });

  test('a section that only turns the page continues the numbering, its first page numbered', () => {
    for (const section of docx.sections.slice(1, 3)) {
      expect(attribute(section, 'w:pgNumType', 'w:start')).toBeUndefined();
      expect(section).not.toContain('<w:titlePg/>');
    }
  });
});

/** A line's width in bold 14 pt, in twips, measured by pdfkit with Tinos Bold (Times New Roman's metrics). */
const boldWidth = (text: string) =>
  new PDFDocument({ autoFirstPage: false })
    .font(createRequire(import.meta.url).resolve('@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf'))
    .fontSize(14)
    .widthOfString(text) * 20;

describe('the rule under a title', () => {
  const TEXT_WIDTH = { portrait: 9355, landscape: 14570 };

  /** The rules (bottom-bordered empty paragraphs), each with its indents and the text of the paragraph before it. */
  const rules = (docx: Docx) => {
    const paragraphs = [...docx.documentXml.matchAll(/<w:p>(?:(?!<\/w:p>).)*<\/w:p>/g)].map((match) => match[0]);
    return paragraphs.flatMap((xml, index) =>
      xml.includes('<w:pBdr><w:bottom')
        ? [
            {
              left: Number(attribute(xml, 'w:ind', 'w:left')),
              right: Number(attribute(xml, 'w:ind', 'w:right')),
              above: (paragraphs[index - 1] ?? '').replace(/<[^>]+>/g, ''),
            },
          ]
        : [],
    );
  };

  test('an annex title has its rule, 1/3 to 1/2 of its line, even without a subject; "QUYẾT ĐỊNH:" none', async () => {
    const subject = 'Danh mục hệ thống';
    const docx = await readDocx(
      await renderDocx(
        model('issued', [
          { kind: 'title', type: 'QUYẾT ĐỊNH:', subject: null },
          { kind: 'paragraph', text: 'Điều khoản.' },
          closing,
          { kind: 'pageBreak', annex: true, orientation: 'landscape' },
          { kind: 'title', type: 'PHỤ LỤC I', subject },
          { kind: 'pageBreak', annex: true, orientation: 'portrait' },
          { kind: 'title', type: 'PHỤ LỤC II', subject: null },
        ]),
      ),
    );
    const found = rules(docx);
    expect(found).toHaveLength(2);
    const [landscape, portrait] = found as [(typeof found)[0], (typeof found)[0]];
    const landscapeLength = TEXT_WIDTH.landscape - landscape.left - landscape.right;
    expect(landscapeLength / boldWidth(subject)).toBeGreaterThanOrEqual(1 / 3);
    expect(landscapeLength / boldWidth(subject)).toBeLessThanOrEqual(1 / 2);
    expect(Math.abs(landscape.left - landscape.right)).toBeLessThanOrEqual(1);
    const portraitLength = TEXT_WIDTH.portrait - portrait.left - portrait.right;
    expect(portraitLength / boldWidth('PHỤ LỤC II')).toBeGreaterThanOrEqual(1 / 3);
    expect(portraitLength / boldWidth('PHỤ LỤC II')).toBeLessThanOrEqual(1 / 2);
    // Each rule stands right under its title's last line.
    expect(found.map((rule) => rule.above)).toEqual([subject, 'PHỤ LỤC II']);
  });

  test('a long subject that wraps gets 0.4 of the text width', async () => {
    const docx = await readDocx(
      await renderDocx(model('issued', [{ kind: 'title', type: 'QUYẾT ĐỊNH', subject: 'Về việc '.repeat(20) }])),
    );
    const [rule] = rules(docx);
    expect(TEXT_WIDTH.portrait - rule!.left - rule!.right).toBeCloseTo(TEXT_WIDTH.portrait * 0.4, -1);
  });
});
