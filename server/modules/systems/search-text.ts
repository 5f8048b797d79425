import { toSearchText } from '#shared/common/search-text.js';

/**
 * What the system list's q searches: name, address and inventory code (mã hệ thống), without accents. Every writer
 * of information_systems.search_text goes through here (the screens, the spreadsheet import, the demo seed).
 */
export const systemSearchText = (s: { name: string; address?: string | null; code?: string | null }) =>
  toSearchText(`${s.name} ${s.address ?? ''} ${s.code ?? ''}`);
