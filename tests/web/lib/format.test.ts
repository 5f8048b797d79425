import { describe, expect, it } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { formatDate, formatDateTime, formatNumber, formatTime, useFormat } from '#web/lib/format.js';
import { changeLocale } from '#web/lib/i18n.js';

describe('formatting for people', () => {
  it('writes dates dd/mm/yyyy, as Vietnamese documents do', () => {
    expect(formatDate('2026-08-19')).toBe('19/08/2026');
    expect(formatDate(null)).toBe('');
    expect(formatDate(undefined)).toBe('');
  });

  it.each(['UTC', 'America/New_York', 'Europe/Paris', 'Asia/Ho_Chi_Minh'])(
    'dates a moment by its day and time in Vietnam, whatever the browser time zone (%s)',
    (zone) => {
      const saved = process.env.TZ;
      process.env.TZ = zone;
      try {
        // 23:30 UTC on the 5th is 06:30 on the 6th in Hà Nội: the step dates of a dossier read the 6th.
        expect(formatDate('2025-03-05T23:30:00.000Z')).toBe('06/03/2025');
        expect(formatDateTime('2025-03-05T23:30:00.000Z')).toBe('06/03/2025 06:30');
        expect(formatTime(new Date('2025-03-05T23:30:00.000Z'))).toBe('06:30');
        // 16:59 UTC is still 23:59 the same day in Vietnam; 17:00 UTC is midnight the next day.
        expect(formatDateTime('2025-12-31T16:59:00Z')).toBe('31/12/2025 23:59');
        expect(formatDateTime('2025-12-31T17:00:00Z')).toBe('01/01/2026 00:00');
        // A calendar date has no time zone: it never moves.
        expect(formatDate('2025-03-05')).toBe('05/03/2025');
      } finally {
        if (saved === undefined) delete process.env.TZ;
        else process.env.TZ = saved;
      }
    },
  );

  it('writes nothing for no moment', () => {
    expect(formatDateTime(null)).toBe('');
    expect(formatDateTime(undefined)).toBe('');
  });

  it('groups thousands with a dot in Vietnamese and a comma in English', () => {
    expect(formatNumber(1_234_567, 'vi')).toBe('1.234.567');
    expect(formatNumber(1_234_567, 'en')).toBe('1,234,567');
    expect(formatNumber(0, 'vi')).toBe('0');
  });

  it('follows the language the person chose', async () => {
    const { result } = renderHook(() => useFormat());
    expect(result.current.locale).toBe('vi');
    expect(result.current.number(10_000)).toBe('10.000');
    await act(() => changeLocale('en'));
    try {
      expect(result.current.locale).toBe('en');
      expect(result.current.number(10_000)).toBe('10,000');
      // Dates stay dd/mm/yyyy in English too: the data are Vietnamese.
      expect(result.current.date('2026-08-19')).toBe('19/08/2026');
    } finally {
      await act(() => changeLocale('vi'));
    }
  });
});
