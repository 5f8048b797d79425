import { describe, expect, test } from 'vitest';
import { safeText } from '#server/rendering/safe-text.js';

describe('safeText', () => {
  test('keeps ordinary Vietnamese text, tabs and XML-special characters unchanged', () => {
    const text = 'Sở Thông tin và Truyền thông\t<w:t>&amp;"\' ]]> 😀';
    expect(safeText(text)).toBe(text);
  });

  test('normalises decomposed (NFD) Vietnamese to NFC', () => {
    const nfd = 'Độc lập - Tự do - Hạnh phúc'.normalize('NFD');
    expect(nfd).not.toBe('Độc lập - Tự do - Hạnh phúc');
    expect(safeText(nfd)).toBe('Độc lập - Tự do - Hạnh phúc');
  });

  test('turns CRLF and lone CR into LF', () => {
    expect(safeText('dòng 1\r\ndòng 2\rdòng 3\ndòng 4')).toBe('dòng 1\ndòng 2\ndòng 3\ndòng 4');
  });

  test('removes characters XML 1.0 forbids', () => {
    const controls = '\u0000\u0001\u0008\u000B\u000C\u000E\u001F';
    expect(safeText(`a${controls}b\uFFFE\uFFFFc`)).toBe('abc');
  });

  test('removes lone surrogates but keeps surrogate pairs', () => {
    expect(safeText('a\uD800b\uDC00c\uDBFF')).toBe('abc');
    expect(safeText('\uDC00\uD83D\uDE00\uD800')).toBe('😀');
  });

  test('removes invisible bidi and format controls', () => {
    const controls = '\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\uFEFF';
    expect(safeText(`Số${controls}: 05/QĐ-STTTT`)).toBe('Số: 05/QĐ-STTTT');
  });

  test('a control between a letter and its combining mark does not stop the result being NFC', () => {
    expect(safeText('e\u200F\u0302\u0301')).toBe('ế');
  });

  test('is idempotent', () => {
    const messy = 'Tie\u0302\u0301ng\u202E Vie\u0323\u0302t\r\n\u0000';
    expect(safeText(safeText(messy))).toBe(safeText(messy));
  });
});
