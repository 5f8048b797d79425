import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { describe, expect, test } from 'vitest';
import { communes, publicServiceUnits, towns } from '../../drizzle/seed/yen-dinh.data.js';
import type { DocumentParty } from '#shared/documents/form-data.schemas.js';
import {
  capsWidth,
  compoundWords,
  headerColumnWidthPt,
  headerLines,
  issuingBodyLayout,
  parentBodyLayout,
  withoutParentPlace,
} from '#templates/header-lines.js';
import { headerBlock, upper } from '#templates/official-parts.js';

/**
 * The header's names break between words of meaning (issue 13, item 8), checked over every organisation of the
 * demo: never inside a compound word of the list, never inside a place's proper name, never one syllable alone on
 * the last line, every line inside the column; and the width estimate agrees with the font the PDF embeds.
 */

const province = 'Ủy ban nhân dân tỉnh Thanh Hóa';
const district = 'Ủy ban nhân dân huyện Yên Định';
/** The organisations drizzle/seed/seed-demo.ts creates, each with the parent line its header shows (null: none). */
const demoOrganisations: Array<{ name: string; parent: string | null }> = [
  { name: province, parent: null },
  { name: 'Sở Thông tin và Truyền thông tỉnh Thanh Hóa', parent: 'UBND tỉnh Thanh Hóa' },
  { name: district, parent: null },
  ...towns.map((town) => ({ name: `Ủy ban nhân dân thị trấn ${town}`, parent: null })),
  ...communes.map((commune) => ({ name: `Ủy ban nhân dân xã ${commune}`, parent: null })),
  ...publicServiceUnits.map((unit) => ({ name: unit.name, parent: 'UBND huyện Yên Định' })),
];

/** Each place of the demo with the word that names its kind, as a header writes it: never split. */
const properNames = [
  'TỈNH THANH HÓA',
  'HUYỆN YÊN ĐỊNH',
  ...towns.map((town) => upper(`thị trấn ${town}`)),
  ...communes.map((commune) => upper(`xã ${commune}`)),
];

const syllablesOf = (text: string) => text.split(/\s+/u).filter((syllable) => syllable !== '');
const bare = (syllable: string) => syllable.replace(/[,.;:]+$/u, '');

/** The syllable indexes after which a line breaks ("A B\nC" breaks after syllable 1). */
function breaksOf(lines: string[]): number[] {
  const ends: number[] = [];
  let count = 0;
  for (const line of lines.slice(0, -1)) {
    count += syllablesOf(line).length;
    ends.push(count);
  }
  return ends;
}

/** Where a phrase of `phrase.length` syllables occurs in `syllables` (its start indexes). */
function occurrences(syllables: string[], phrase: string[]): number[] {
  const starts: number[] = [];
  for (let start = 0; start + phrase.length <= syllables.length; start += 1)
    if (phrase.every((part, offset) => bare(syllables[start + offset]!) === part)) starts.push(start);
  return starts;
}

/** A break inside the phrase starting at `start` of `length` syllables: after one of its syllables but the last. */
const splits = (breaks: number[], start: number, length: number) =>
  breaks.some((end) => end > start && end < start + length);

/** Every name of the demo as its header writes it: under its parent, and on its own (no parent to drop a place). */
const cases = demoOrganisations.flatMap(({ name, parent }) => {
  const parentLine = parent === null ? null : upper(parent);
  const underParent = withoutParentPlace(upper(name), parentLine);
  return [
    {
      label: `${name} (under ${parent ?? 'no parent'})`,
      text: underParent,
      lines: headerLines(underParent).split('\n'),
    },
    { label: `${name} (alone)`, text: upper(name), lines: headerLines(upper(name)).split('\n') },
  ];
});

describe('headerLines over every organisation of the demo', () => {
  test.each(cases)('$label keeps its words and syllables, and breaks only if it does not fit', ({ text, lines }) => {
    expect(lines.join(' ')).toBe(text);
    const fits = capsWidth(text, issuingBodyLayout.sizePt) <= headerColumnWidthPt;
    expect(lines.length === 1).toBe(fits);
  });

  test.each(cases)('$label: every line fits the column', ({ lines }) => {
    for (const line of lines)
      expect(capsWidth(line, issuingBodyLayout.sizePt)).toBeLessThanOrEqual(headerColumnWidthPt);
  });

  test.each(cases)('$label: no break inside a compound word or a proper name', ({ text, lines }) => {
    const syllables = syllablesOf(text);
    const breaks = breaksOf(lines);
    for (const word of [...compoundWords, ...properNames].map(syllablesOf))
      for (const start of occurrences(syllables, word)) expect(splits(breaks, start, word.length)).toBe(false);
  });

  test.each(cases)('$label: no syllable alone on the last line', ({ lines }) => {
    expect(syllablesOf(lines.at(-1)!).length).toBeGreaterThanOrEqual(2);
  });

  test('the demo does break names (the property above is not vacuous)', () => {
    expect(cases.filter(({ lines }) => lines.length > 1).length).toBeGreaterThan(30);
  });
});

describe('headerLines on the names the issue reports', () => {
  test('the Sở under its province: the province dropped, "TRUYỀN THÔNG" kept whole', () => {
    const name = withoutParentPlace('SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH THANH HÓA', 'UBND TỈNH THANH HÓA');
    expect(name).toBe('SỞ THÔNG TIN VÀ TRUYỀN THÔNG');
    expect(headerLines(name)).toBe('SỞ THÔNG TIN VÀ\nTRUYỀN THÔNG');
  });

  test('a commune keeps its name whole on the second line', () => {
    expect(headerLines('ỦY BAN NHÂN DÂN XÃ ĐỊNH BÌNH')).toBe('ỦY BAN NHÂN DÂN\nXÃ ĐỊNH BÌNH');
    expect(headerLines('ỦY BAN NHÂN DÂN THỊ TRẤN QUÁN LÀO')).toBe('ỦY BAN NHÂN DÂN\nTHỊ TRẤN QUÁN LÀO');
  });

  test('a name that fits stays on one line', () => {
    expect(headerLines('UBND TỈNH THANH HÓA', parentBodyLayout)).toBe('UBND TỈNH THANH HÓA');
    expect(headerLines('CÔNG AN TỈNH THANH HÓA')).toBe('CÔNG AN TỈNH THANH HÓA');
  });

  test('"XÃ HỘI" is a word after "VÀ" and a commune after "NHÂN DÂN"', () => {
    expect(headerLines('SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI')).toBe('SỞ LAO ĐỘNG -\nTHƯƠNG BINH VÀ XÃ HỘI');
    expect(headerLines('ỦY BAN NHÂN DÂN XÃ HỘI XUÂN')).toBe('ỦY BAN NHÂN DÂN\nXÃ HỘI XUÂN');
  });

  test('a place is dropped only when the parent line ends with it', () => {
    expect(withoutParentPlace('TRUNG TÂM DỊCH VỤ NÔNG NGHIỆP HUYỆN YÊN ĐỊNH', 'UBND HUYỆN YÊN ĐỊNH')).toBe(
      'TRUNG TÂM DỊCH VỤ NÔNG NGHIỆP',
    );
    expect(withoutParentPlace('CÔNG AN TỈNH THANH HÓA', 'BỘ CÔNG AN')).toBe('CÔNG AN TỈNH THANH HÓA');
    expect(withoutParentPlace('SỞ Y TẾ TỈNH NGHỆ AN', 'UBND TỈNH THANH HÓA')).toBe('SỞ Y TẾ TỈNH NGHỆ AN');
    expect(withoutParentPlace('ỦY BAN NHÂN DÂN TỈNH THANH HÓA', null)).toBe('ỦY BAN NHÂN DÂN TỈNH THANH HÓA');
  });

  test('the parent line is measured in regular weight, so it breaks later than bold would', () => {
    const parent = 'SỞ KHOA HỌC VÀ CÔNG NGHỆ';
    expect(capsWidth(parent, 13, 'bold')).toBeGreaterThan(headerColumnWidthPt);
    expect(headerLines(parent, parentBodyLayout)).toBe(parent);
    expect(headerLines(parent)).toBe('SỞ KHOA HỌC\nVÀ CÔNG NGHỆ');
  });
});

describe('headerBlock', () => {
  const department: DocumentParty = {
    name: 'Sở Thông tin và Truyền thông tỉnh Thanh Hóa',
    shortName: 'STTTT',
    place: 'Thanh Hóa',
    parentName: 'UBND tỉnh Thanh Hóa',
    headTitle: 'Giám đốc',
    draftingUnit: 'PCNTT',
    functionsBasis: '',
    superiors: [province],
  };
  const number = { number: 5, typeCode: 'QĐ', issuerCode: 'STTTT', date: '2023-07-05' };

  test('writes the bodies with their breaks and without the place the parent line gives', () => {
    const header = headerBlock(department, number, null, 2026);
    expect(header.parentBody).toBe('UBND TỈNH THANH HÓA');
    expect(header.issuingBody).toBe('SỞ THÔNG TIN VÀ\nTRUYỀN THÔNG');
  });

  test('a people’s committee has no parent line and keeps its place', () => {
    const committee = { ...department, name: district, shortName: 'UBND', parentName: null };
    expect(headerBlock(committee, number, null, 2026).issuingBody).toBe('ỦY BAN NHÂN DÂN\nHUYỆN YÊN ĐỊNH');
  });
});

describe('the width estimate', () => {
  const resolve = createRequire(import.meta.url).resolve;
  const faces = {
    bold: resolve('@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf'),
    regular: resolve('@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf'),
  } as const;

  test.each(['bold', 'regular'] as const)('agrees within 1%% with the %s face the PDF embeds', (weight) => {
    // pdfkit measures with the font the renderer draws with (Tinos, Times New Roman's metrics).
    const doc = new PDFDocument().font(faces[weight]).fontSize(13);
    for (const { name } of demoOrganisations) {
      const text = upper(name);
      const measured = doc.widthOfString(text);
      expect(Math.abs(capsWidth(text, 13, weight) - measured) / measured).toBeLessThan(0.01);
    }
  });
});
