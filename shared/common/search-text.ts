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

/** "Quyết định phê duyệt" -> "quyet-dinh-phe-duyet": for file and folder names that travel anywhere. */
export const asciiSlug = (value: string): string =>
  toSearchText(value)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'van-ban';
