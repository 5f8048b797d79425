import { toSearchText } from '#shared/common/search-text.js';

/** One character folded the way toSearchText folds it, keeping positions aligned with the original. */
const fold = (char: string) =>
  char
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .slice(0, 1) || char;

/** Marks where an accent-insensitive search matched: "dinh" marks "Định" in "xã Định Bình". */
export function Highlight({ text, query }: { text: string; query: string }) {
  const needle = toSearchText(query);
  if (!needle) return <>{text}</>;
  const chars = [...text];
  const folded = chars.map(fold).join('');
  const at = folded.indexOf(needle);
  if (at < 0) return <>{text}</>;
  return (
    <>
      {chars.slice(0, at).join('')}
      <mark>{chars.slice(at, at + needle.length).join('')}</mark>
      {chars.slice(at + needle.length).join('')}
    </>
  );
}
