import { describe, expect, test } from 'vitest';
import { DINH_BINH, type Demo } from '../../support/demo.js';
import { docxParts, pdfText as readPdfText, pdfWords } from '../../support/read-documents.js';
import type { TestApp } from '../../support/test-app.js';
import { COMPLIANCE, downloadReport } from './report-requests.js';
import { useDemoApp } from '../../support/demo-app.js';

/** The compliance report as an official document (PDF, DOCX), read back as text. */
let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

async function pdfText(body: Buffer) {
  const pages = await pdfWords(body);
  return { text: words(await readPdfText(body)), sizes: pages.map((page) => [page.width, page.height] as const) };
}

async function docxText(body: Buffer) {
  const xml = (await docxParts(body))['word/document.xml']!;
  // Paragraph and cell ends, line breaks and tabs become spaces, so words from two cells never run together.
  return {
    xml,
    text: words(
      xml
        .replace(/<\/w:p>|<\/w:tc>|<w:br\b[^>]*>|<w:tab\b[^>]*>/g, ' ')
        .replace(/<[^>]+>/g, '')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&'),
    ),
  };
}

const KEY_SENTENCES = [
  '26/26 xã, thị trấn đã được phê duyệt hồ sơ đề xuất cấp độ (100%).',
  '03 đơn vị sự nghiệp công lập đã gửi hồ sơ và đang chờ phê duyệt: Trung tâm Dịch vụ nông nghiệp huyện Yên Định; ' +
    'Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Yên Định; Trung tâm Văn hóa, Thông tin, Thể thao ' +
    'và Du lịch huyện Yên Định.',
];

describe("the district's report as of 30/06/2023", () => {
  test('PDF: the official header and title, the narrative word for word, the annex on landscape pages', async () => {
    const client = await app.as('yendinh.tonghop');
    const res = await downloadReport(client, COMPLIANCE, { format: 'pdf', asOf: '2023-06-30' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(decodeURIComponent(res.headers.get('content-disposition')!.split("UTF-8''")[1]!)).toBe(
      'Báo cáo cấp độ ATTT - Ủy ban nhân dân huyện Yên Định - 30-06-2023.pdf',
    );
    const { text, sizes } = await pdfText(res.body);
    expect(text).toContain('ỦY BAN NHÂN DÂN HUYỆN YÊN ĐỊNH');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('Kết quả bảo đảm an toàn hệ thống thông tin theo cấp độ (số liệu tính đến ngày 30/06/2023)');
    for (const sentence of KEY_SENTENCES) expect(text).toContain(sentence);
    expect(text).toContain('PHỤ LỤC');
    expect(sizes[0]![0]).toBeLessThan(sizes[0]![1]); // the report on portrait A4
    expect(sizes.at(-1)![0]).toBeGreaterThan(sizes.at(-1)![1]); // the annex on landscape pages
  });

  test('DOCX: the same text, and a landscape section for the annex', async () => {
    const client = await app.as('yendinh.tonghop');
    const res = await downloadReport(client, COMPLIANCE, { format: 'docx', asOf: '2023-06-30' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const { xml, text } = await docxText(res.body);
    expect(text).toContain('BÁO CÁO');
    for (const sentence of KEY_SENTENCES) expect(text).toContain(sentence);
    expect(text).toContain('Trung tâm Dịch vụ nông nghiệp huyện Yên Định'); // in the annex's pending table
    expect(xml).toMatch(/w:orient="landscape"/);
  });
});

describe("a commune officer's report names only the commune", () => {
  test.each(['pdf', 'docx'])('%s', async (format) => {
    const client = await app.as('dinhbinh.cntt');
    const res = await downloadReport(client, COMPLIANCE, { format });
    expect(res.status).toBe(200);
    const { text } = format === 'pdf' ? await pdfText(res.body) : await docxText(res.body);
    // The report is addressed ("Kính gửi") to the bodies above the commune: those names may appear.
    expect(text).toContain(DINH_BINH.toLocaleUpperCase('vi-VN'));
    const commune = demo.org(DINH_BINH);
    const above = new Set(
      demo.organisations.filter((o) => o.id !== commune.id && commune.path.startsWith(o.path)).map((o) => o.id),
    );
    for (const org of demo.organisations.filter((o) => o.name !== DINH_BINH && !above.has(o.id))) {
      expect(text, org.name).not.toContain(org.name);
      expect(text, org.name).not.toContain(org.name.toLocaleUpperCase('vi-VN'));
    }
  });
});
