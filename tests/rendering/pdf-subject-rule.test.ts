import { describe, expect, test } from 'vitest';
import { formKeys } from '#shared/regimes/regime.schemas.js';
import { renderPdf } from '#server/rendering/render-pdf.js';
import type { Block } from '#templates/document-model.js';
import { formDefinition } from '#templates/forms/index.js';
import { mmToPt, officialFormat } from '#templates/official-format.js';
import { closing, documentModel, prose } from '../support/pdf-models.js';
import { horizontal, pdfSegments } from '../support/pdf-paths.js';
import { pdfWords, type PdfPageWords, type PdfWord } from '../support/read-documents.js';

/**
 * The rule under the summary (trích yếu) and under an annex's title, read back as the lines the PDF
 * draws (pdf.js's operator list), measured against the words above them.
 */

const left = mmToPt(officialFormat.margins.leftMm);
const textWidth = 595.28 - left - mmToPt(officialFormat.margins.rightMm);
const centre = left + textWidth / 2;

/** The words of a line of text, found by its first and last word (the first such line from the top). */
function lineOf(page: PdfPageWords, first: string, last: string): PdfWord[] {
  const start = page.words.find((word) => word.text === first)!;
  const line = page.words.filter((word) => Math.abs(word.yMin - start.yMin) < 1).sort((a, b) => a.xMin - b.xMin);
  const from = line.indexOf(start);
  return line.slice(from, line.findIndex((word, index) => index >= from && word.text === last) + 1);
}

/** The short rules centred on the text, under the given line: never a table's or the header's. */
async function rulesUnder(pdf: Buffer, pageIndex: number, line: PdfWord[]) {
  const segments = horizontal((await pdfSegments(pdf))[pageIndex]!);
  const bottom = Math.max(...line.map((word) => word.yMax));
  return segments.filter((rule) => rule.y > bottom - 1 && rule.y < bottom + 6);
}

describe('the rule under the summary', () => {
  const subject = 'Về việc phê duyệt cấp độ an toàn hệ thống thông tin';

  test('is centred under the summary, 0.4 of its line (Decree 30: 1/3 to 1/2), as in the DOCX', async () => {
    const pdf = await renderPdf(documentModel([{ kind: 'title', type: 'QUYẾT ĐỊNH', subject }, closing]));
    const page = (await pdfWords(pdf))[0]!;
    const line = lineOf(page, 'Về', 'tin');
    const lineWidth = line.at(-1)!.xMax - line[0]!.xMin;
    const [rule, ...others] = await rulesUnder(pdf, 0, line);
    expect(others).toEqual([]);
    const length = rule!.xMax - rule!.xMin;
    expect(length).toBeCloseTo(0.4 * lineWidth, 0);
    expect(length).toBeGreaterThanOrEqual(lineWidth / 3);
    expect(length).toBeLessThanOrEqual(lineWidth / 2);
    expect((rule!.xMin + rule!.xMax) / 2).toBeCloseTo(centre, 1);
  });

  test('under a summary of two lines, 0.4 of the text width under the second; none under "QUYẾT ĐỊNH:"', async () => {
    const long = `${subject} đối với Hệ thống mạng nội bộ và phần mềm quản lý văn bản của Trung tâm`;
    const pdf = await renderPdf(
      documentModel([
        { kind: 'title', type: 'QUYẾT ĐỊNH', subject: long },
        { kind: 'title', type: 'QUYẾT ĐỊNH:', subject: null },
        { kind: 'article', number: 1, title: null, paragraphs: [prose(30, 'hết./.')] },
        closing,
      ]),
    );
    const page = (await pdfWords(pdf))[0]!;
    const [rule] = await rulesUnder(pdf, 0, lineOf(page, 'nội', 'tâm'));
    expect(rule!.xMax - rule!.xMin).toBeCloseTo(0.4 * textWidth, 0);
    const decides = page.words.filter((word) => word.text === 'ĐỊNH:');
    expect(await rulesUnder(pdf, 0, decides)).toEqual([]);
  });

  test("under an annex's title, under its type when it has no summary", async () => {
    const pdf = await renderPdf(
      documentModel([
        { kind: 'paragraph', text: prose(10, 'hết./.') },
        closing,
        { kind: 'pageBreak', annex: true },
        { kind: 'title', type: 'PHỤ LỤC', subject: null },
        { kind: 'paragraph', text: prose(10, 'xong.') },
        { kind: 'pageBreak', annex: true, orientation: 'landscape' },
        { kind: 'title', type: 'PHỤ LỤC II', subject: 'DANH MỤC HỆ THỐNG' },
        { kind: 'paragraph', text: prose(10, 'xong.') },
      ]),
    );
    const pages = await pdfWords(pdf);
    const [typeRule] = await rulesUnder(pdf, 1, lineOf(pages[1]!, 'PHỤ', 'LỤC'));
    expect(typeRule).toBeDefined();
    expect((typeRule!.xMin + typeRule!.xMax) / 2).toBeCloseTo(centre, 1);
    const [subjectRule] = await rulesUnder(pdf, 2, lineOf(pages[2]!, 'DANH', 'THỐNG'));
    expect(subjectRule).toBeDefined();
  });

  test.each(formKeys)('%s: a rule under every summary and every annex title', async (key) => {
    const definition = formDefinition(key);
    const model = definition.template(definition.schema.parse(definition.sample), 2026);
    const annexStart = (block: Block | undefined) => block?.kind === 'pageBreak' && block.annex === true;
    const expected = model.blocks.filter(
      (block, index) => block.kind === 'title' && (block.subject !== null || annexStart(model.blocks[index - 1])),
    ).length;
    const pdf = await renderPdf(model);
    const [pages, segments] = await Promise.all([pdfWords(pdf), pdfSegments(pdf)]);
    // Short rules centred on the page's text: the header's stand in its columns, a table's span the width.
    const rules = pages.flatMap((page, index) => {
      const margins = page.width > page.height ? officialFormat.landscapeMargins : officialFormat.margins;
      const [from, to] = [mmToPt(margins.leftMm), page.width - mmToPt(margins.rightMm)];
      return horizontal(segments[index]!).filter(
        (rule) =>
          rule.xMax - rule.xMin < (to - from) * 0.6 && Math.abs((rule.xMin + rule.xMax) / 2 - (from + to) / 2) < 1,
      );
    });
    // Letters have no title: their summary is the header's "V/v ...", which Decree 30 does not rule.
    expect(rules).toHaveLength(expected);
  });
});
