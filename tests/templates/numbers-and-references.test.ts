import { describe, expect, test } from 'vitest';
import { formKeys } from '#shared/regimes/regime.schemas.js';
import { plainText } from '#templates/document-model.js';
import { formDefinition } from '#templates/forms/index.js';
import { archiveUnit, documentSymbol, numberLine } from '#templates/official-parts.js';
import { modelText } from './model-text.js';
import { asDraft, blocksOf, draftYear, render, textOf } from './render-form.js';

/** Issue 13, item 5: the explanation is an annex of its letter; letters carry the drafting unit; dates one way. */

const blank = ' '.repeat(6);

describe('the explanation, an annex of the submission letter', () => {
  test('has no number of its own, "Phụ lục" above its title and the letter by number and date under it', () => {
    const model = render('explanation');
    const [header, label, title, accompanies] = model.blocks;
    expect(header).toMatchObject({ kind: 'header', numberLine: '' });
    expect(modelText(model)).not.toMatch(/Số: \d/u);
    expect(label).toEqual({
      kind: 'paragraph',
      text: [{ text: 'Phụ lục', bold: true }],
      align: 'center',
      indent: false,
    });
    expect(title).toMatchObject({ kind: 'title', type: 'THUYẾT MINH' });
    expect(accompanies).toEqual({
      kind: 'paragraph',
      text: [
        {
          text: '(Kèm theo Tờ trình số 12/TTr-TTDVNN ngày 05/06/2023 của Trung tâm Dịch vụ nông nghiệp huyện Yên Định)',
          italic: true,
        },
      ],
      align: 'center',
      indent: false,
    });
  });

  test('goes with an nd331 request letter by its symbol, drafting unit included', () => {
    expect(textOf('explanation', formDefinition('form-02').sample)).toContain(
      '(Kèm theo Văn bản số 35/TTCNTT-HTAT ngày 10/09/2026 của Trung tâm Công nghệ thông tin và Truyền thông)',
    );
  });

  test('before the letter is issued, its number and date stay blank for the clerk', () => {
    const text = textOf('explanation', asDraft('explanation'));
    expect(text).toContain(
      `(Kèm theo Tờ trình số ${blank}/TTr-TTDVNN ngày ${blank}/${blank}/${draftYear} của Trung tâm Dịch vụ nông`,
    );
    expect(render('explanation', asDraft('explanation')).status).toBe('draft');
  });
});

describe('symbols and the archive line', () => {
  test('a letter carries its drafting unit; a typed document and a body without one do not', () => {
    expect(numberLine({ number: 12, typeCode: '', issuerCode: 'STTTT', date: null }, 'PCNTT')).toBe(
      'Số: 12/STTTT-PCNTT',
    );
    expect(numberLine({ number: 5, typeCode: 'QĐ', issuerCode: 'STTTT', date: null }, 'PCNTT')).toBe('Số: 05/QĐ-STTTT');
    expect(numberLine({ number: 12, typeCode: '', issuerCode: 'STTTT', date: null }, '')).toBe('Số: 12/STTTT');
    expect(numberLine({ number: null, typeCode: '', issuerCode: 'TTCNTT', date: null }, 'HTAT')).toBe(
      `Số: ${blank}/TTCNTT-HTAT`,
    );
    expect(
      documentSymbol({ number: 1, typeCode: '', issuerCode: 'STTTT', date: null, symbol: '7/STTTT-VP' }, 'PCNTT'),
    ).toBe('7/STTTT-VP');
  });

  test('the letters of the samples show it in their number line', () => {
    expect(blocksOf(render('appraisal-opinion'), 'header')[0]!.numberLine).toBe('Số: 08/STTTT-PCNTT');
    expect(blocksOf(render('form-02'), 'header')[0]!.numberLine).toBe('Số: 35/TTCNTT-HTAT');
    expect(blocksOf(render('form-01'), 'header')[0]!.numberLine).toBe(`Số: ${blank}/TTCNTT-HTAT`);
  });

  test.each(formKeys)('%s: "Lưu: VT" names the issuer’s drafting unit, or its short name when it has none', (key) => {
    const definition = formDefinition(key);
    const issuer = definition.sample[definition.issuer];
    const recipients = blocksOf(render(key), 'closing')[0]!.recipients!;
    expect(recipients.at(-1)).toBe(`- Lưu: VT, ${archiveUnit(issuer)}.`);
  });

  test('both cases occur in the samples', () => {
    expect(textOf('appraisal-opinion')).toContain('- Lưu: VT, PCNTT.');
    expect(textOf('explanation')).toContain('- Lưu: VT, TTDVNN.');
  });
});

describe('dates inside the text', () => {
  /** Every date after "ngày" in a block other than the header, with the kind of block it stands in. */
  const datesOf = (key: (typeof formKeys)[number]) =>
    render(key).blocks.flatMap((block) => {
      if (block.kind === 'header') return [];
      const lines =
        block.kind === 'legalBases'
          ? block.lines
          : block.kind === 'paragraph'
            ? [plainText(block.text)]
            : block.kind === 'article'
              ? block.paragraphs.map(plainText)
              : [];
      return lines.flatMap((line) =>
        [...line.matchAll(/ngày (\d[^;,.)]*?)(?= của| tại|[;,.)]|$)/gu)].map((match) => ({
          date: match[1]!,
          basis: block.kind === 'legalBases',
        })),
      );
    });

  test.each(formKeys)('%s writes documents’ dates dd/mm/yyyy, and long only where a basis cites a legal act', (key) => {
    for (const { date, basis } of datesOf(key)) {
      if (/^\d\d\/\d\d\/\d{4}$/u.test(date)) continue;
      expect(date).toMatch(/^\d{2} tháng \d{1,2} năm \d{4}$/u);
      expect(basis).toBe(true);
    }
  });

  test('the check sees both kinds of dates', () => {
    const dates = formKeys.flatMap(datesOf);
    expect(dates.filter(({ date }) => date.includes('/')).length).toBeGreaterThan(5);
    expect(dates.filter(({ date }) => date.includes('tháng')).length).toBeGreaterThan(5);
  });
});
