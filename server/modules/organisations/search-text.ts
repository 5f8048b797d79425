import { toSearchText } from '#shared/common/search-text.js';

/**
 * What the organisation list's q searches: name, short name and identifying code (mã định danh), without accents.
 * Every writer of organisations.search_text goes through here (the screens, the spreadsheet import, the first
 * administrator, the demo seed), so a unit is found the same way whoever stored it.
 */
export const organisationSearchText = (o: { name: string; shortName: string; code?: string | null }) =>
  toSearchText(`${o.name} ${o.shortName} ${o.code ?? ''}`);
