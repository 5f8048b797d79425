import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, test } from 'vitest';
import { csvCellText, safeCellText } from '#server/modules/reports/formats/cell-safety.js';
import { answersForLevel, makeAttachment, submittableBody } from '../../factories/dossiers.js';
import { makeSystem } from '../../factories/systems.js';
import { DINH_BINH, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import type { TestApp } from '../../support/test-app.js';
import { COMPLIANCE, downloadReport } from './report-requests.js';

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => String.fromCharCode(from + index));

/** Characters a spreadsheet skips (or a reader cannot see) before a formula's first character. */
const LEADING = [
  ...range(0x00, 0x1f), // C0 controls, tab, LF and CR included
  '\u007f', // DEL
  ...range(0x80, 0x9f), // C1 controls
  '\u00a0', // no-break space
  ...range(0x2000, 0x200f), // spaces of every width, zero-width characters, LRM/RLM
  '\u2028',
  '\u2029',
  ...range(0x202a, 0x202e), // bidi embeddings and overrides
  ...range(0x2060, 0x2064), // word joiner and invisible operators
  ...range(0x2066, 0x2069), // bidi isolates
  '\ufeff', // BOM
  ' ',
  '  ',
  '\u3000', // ideographic space
];
/** Characters a spreadsheet starts a formula with, full-width forms included. */
const TRIGGERS = ['=', '+', '-', '@', '\uff1d', '\uff0b', '\uff0d', '\uff20', '\t', '\r'];
const hex = (text: string) => [...text].map((c) => `U+${c.codePointAt(0)!.toString(16).padStart(4, '0')}`).join(' ');

/** Invisible characters: never part of a cell's text. */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\u200e\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

describe('the cell guard normalises first, then checks', () => {
  test.each(LEADING.flatMap((lead) => TRIGGERS.map((trigger) => [hex(lead + trigger), lead, trigger] as const)))(
    '%s followed by a formula is formula-like in XLSX and quoted in CSV',
    (_name, lead, trigger) => {
      const raw = `${lead}${trigger}HYPERLINK("http://evil.example")`;
      const safe = safeCellText(raw);
      expect(safe.formulaLike).toBe(true);
      expect(safe.text).not.toMatch(INVISIBLE);
      const csv = csvCellText(raw);
      expect(csv.startsWith("'")).toBe(true);
      expect(csv.slice(1)).toBe(safe.text);
    },
  );

  test.each(['Hệ thống quản lý văn bản', 'a=b', '1+1', 'thư@xã.vn', '\u200bHệ thống', '\u00a0Hồ sơ', '\u202eHồ sơ'])(
    'ordinary text %j is not formula-like and keeps its visible characters',
    (raw) => {
      const safe = safeCellText(raw);
      expect(safe.formulaLike).toBe(false);
      expect(csvCellText(raw)).toBe(safe.text);
      expect(safe.text).not.toMatch(INVISIBLE);
      expect(safe.text.trim()).toBe(raw.replace(INVISIBLE, '').trim());
    },
  );

  test('invisible characters are removed from the text, decomposed Vietnamese is composed', () => {
    expect(safeCellText('\u0001\u200b\u202e=1').text).toBe('=1');
    expect(safeCellText('Đi\u0323nh Bi\u0300nh').text).toBe('Định Bình');
  });
});

// Titles stored through the API: it trims ordinary whitespace, so these lead with what trim() keeps.
const TITLES = [
  '\u0001=HYPERLINK("http://evil.example","Bấm vào đây")',
  '\u200b=1+2',
  '\u202e+SUM(A1:A9)',
  '\u0085@SUM(A1:A9)',
  '\u2060-2+3',
  "\u007f=cmd|' /C calc'!A0",
  '\uff1dSUM(A1:A9)',
];
/** What a title shows once normalised: the invisible lead removed. */
const shown = (title: string) => title.replace(INVISIBLE, '');

let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));
beforeAll(async () => {
  const officer = await app.as('dinhbinh.cntt');
  for (const [index, title] of TITLES.entries()) {
    const system = await makeSystem(app.db, {
      operatorOrganisationId: demo.org(DINH_BINH).id,
      name: `Hệ thống thử công thức ${index + 1}`,
    });
    const created = await officer.post('/api/dossiers', {
      body: {
        title,
        operatorOrganisationId: demo.org(DINH_BINH).id,
        regime: 'nd85',
        systems: [{ systemId: system.id, answers: answersForLevel[2] }],
        ...submittableBody(),
      },
    });
    expect(created.status, created.text).toBe(201);
    expect(created.json.title).toBe(title);
    await makeAttachment(app.db, created.json.id);
    const submitted = await officer.post(`/api/dossiers/${created.json.id}/transitions`, {
      body: { action: 'submit', version: created.json.version },
    });
    expect(submitted.status, submitted.text).toBe(200);
  }
});

describe("titles led by an invisible character, in the district's compliance report", () => {
  test('XLSX: no formula, no <f> in the sheets, each title a text cell without its invisible lead', async () => {
    const res = await downloadReport(await app.as('yendinh.tonghop'), COMPLIANCE, { format: 'xlsx' });
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as unknown as ArrayBuffer);
    const cells: ExcelJS.Cell[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void cells.push(cell))));
    expect(cells.filter((cell) => cell.type === ExcelJS.ValueType.Formula || cell.formula)).toEqual([]);
    for (const cell of cells) if (typeof cell.value === 'string') expect(cell.value).not.toMatch(INVISIBLE);
    for (const title of TITLES) {
      const found = cells.filter((cell) => cell.value === shown(title));
      expect(found.length, hex(title)).toBeGreaterThan(0);
      for (const cell of found) {
        expect(cell.type, hex(title)).toBe(ExcelJS.ValueType.String);
        expect(cell.numFmt, hex(title)).toBe('@');
      }
    }
    const zip = await JSZip.loadAsync(res.body);
    const sheets = Object.keys(zip.files).filter((name) => name.startsWith('xl/worksheets/'));
    for (const name of sheets) expect(await zip.file(name)!.async('string'), name).not.toMatch(/<f[ >]/);
  });

  test('CSV: each title quoted with an apostrophe after normalisation, no field starts a formula', async () => {
    const res = await downloadReport(await app.as('yendinh.tonghop'), COMPLIANCE, { format: 'csv' });
    expect(res.status).toBe(200);
    const text = res.body.toString('utf8').slice(1);
    expect(text).not.toMatch(INVISIBLE);
    for (const title of TITLES) {
      const field = `'${shown(title)}`;
      const quoted = /[",]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
      expect(text, hex(title)).toContain(`,${quoted},`);
    }
    for (const line of text.split('\r\n'))
      for (const field of line.split(','))
        expect(field, line).not.toMatch(/^"?[\s\p{Cc}\p{Cf}]*[=+@\uff1d\uff0b\uff20]/u);
  });
});
