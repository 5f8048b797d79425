/**
 * Lower case without Vietnamese accents, so "dinh binh", "Định Bình" and "ĐỊNH BÌNH" all find
 * the same unit: people type on keyboards without a Vietnamese input method too.
 */
export function toSearchText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
