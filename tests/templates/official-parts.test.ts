import { describe, expect, test } from 'vitest';
import {
  closingBlock,
  documentSymbol,
  legalBaseLines,
  numberLine,
  placeAndDate,
  signatureBlock,
} from '#templates/official-parts.js';

/** The six spaces a draft leaves for the number to be written in by hand. */
const blank = ' '.repeat(6);

describe('documentSymbol', () => {
  test('pads numbers below 10 with a zero (Decree 30)', () => {
    expect(documentSymbol({ number: 5, typeCode: 'QĐ', issuerCode: 'STTTT', date: '2023-07-05' })).toBe('05/QĐ-STTTT');
    expect(documentSymbol({ number: 9, typeCode: 'TTr', issuerCode: 'TTDVNN', date: null })).toBe('09/TTr-TTDVNN');
  });

  test('leaves numbers from 10 as they are', () => {
    expect(documentSymbol({ number: 10, typeCode: 'QĐ', issuerCode: 'UBND', date: null })).toBe('10/QĐ-UBND');
    expect(documentSymbol({ number: 3456, typeCode: 'QĐ', issuerCode: 'UBND', date: null })).toBe('3456/QĐ-UBND');
  });

  test('a letter (công văn) has no type code', () => {
    expect(documentSymbol({ number: 12, typeCode: '', issuerCode: 'STTTT', date: null })).toBe('12/STTTT');
    expect(documentSymbol({ number: 8, typeCode: '', issuerCode: 'STTTT', date: null })).toBe('08/STTTT');
  });

  test('a draft keeps the number blank before the symbol', () => {
    expect(numberLine({ number: null, typeCode: 'QĐ', issuerCode: 'STTTT', date: null })).toBe(`Số: ${blank}/QĐ-STTTT`);
    expect(numberLine({ number: null, typeCode: '', issuerCode: 'TTCNTT', date: null })).toBe(`Số: ${blank}/TTCNTT`);
  });

  test('a symbol typed as issued wins over the number and codes', () => {
    expect(documentSymbol({ number: 1, typeCode: 'QĐ', issuerCode: 'STTTT', date: null, symbol: '99/QĐ-STTTT' })).toBe(
      '99/QĐ-STTTT',
    );
  });
});

describe('placeAndDate', () => {
  test('pads days below 10', () => {
    expect(placeAndDate('Yên Định', '2023-07-05', 2026)).toBe('Yên Định, ngày 05 tháng 7 năm 2023');
    expect(placeAndDate('Yên Định', '2023-07-15', 2026)).toBe('Yên Định, ngày 15 tháng 7 năm 2023');
  });

  test('pads the months January and February only', () => {
    expect(placeAndDate('Yên Định', '2023-01-05', 2026)).toBe('Yên Định, ngày 05 tháng 01 năm 2023');
    expect(placeAndDate('Thanh Hóa', '2024-02-29', 2026)).toBe('Thanh Hóa, ngày 29 tháng 02 năm 2024');
    expect(placeAndDate('Thanh Hóa', '2023-03-09', 2026)).toBe('Thanh Hóa, ngày 09 tháng 3 năm 2023');
    expect(placeAndDate('Thanh Hóa', '2023-09-20', 2026)).toBe('Thanh Hóa, ngày 20 tháng 9 năm 2023');
    expect(placeAndDate('Thanh Hóa', '2023-12-31', 2026)).toBe('Thanh Hóa, ngày 31 tháng 12 năm 2023');
  });

  test('a draft leaves the day and month blank and shows the draft year', () => {
    expect(placeAndDate('Thanh Hóa', null, 2026)).toBe('Thanh Hóa, ngày      tháng      năm 2026');
  });
});

describe('legalBaseLines', () => {
  test('each basis starts "Căn cứ", ends ";" and the last "."', () => {
    expect(
      legalBaseLines(['Luật An toàn thông tin mạng', 'Nghị định số 85/2016/NĐ-CP', 'Thông tư số 12/2022/TT-BTTTT']),
    ).toEqual([
      'Căn cứ Luật An toàn thông tin mạng;',
      'Căn cứ Nghị định số 85/2016/NĐ-CP;',
      'Căn cứ Thông tư số 12/2022/TT-BTTTT.',
    ]);
  });

  test('a single basis ends with "."; none gives no line', () => {
    expect(legalBaseLines(['Luật An ninh mạng số 116/2025/QH15'])).toEqual([
      'Căn cứ Luật An ninh mạng số 116/2025/QH15.',
    ]);
    expect(legalBaseLines([])).toEqual([]);
  });
});

describe('closing and signature', () => {
  test('recipients end ";" and the archive line closes the list', () => {
    const closing = closingBlock(
      { mark: 'KT', markedAuthority: 'Giám đốc', title: 'Phó Giám đốc', signerName: 'Nguyễn Văn A' },
      ['Như trên'],
      'STTTT',
    );
    expect(closing.recipients).toEqual(['- Như trên;', '- Lưu: VT, STTTT.']);
    expect(closing.signature).toEqual({
      authorityLine: 'KT. GIÁM ĐỐC',
      title: 'PHÓ GIÁM ĐỐC',
      signerName: 'Nguyễn Văn A',
    });
  });

  test('a head signing in their own name has no authority line', () => {
    expect(signatureBlock({ mark: '', markedAuthority: '', title: 'Giám đốc', signerName: '' })).toEqual({
      authorityLine: null,
      title: 'GIÁM ĐỐC',
      signerName: '',
    });
  });
});
