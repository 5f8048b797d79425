/**
 * Which paragraphs of a block keep with what follows it (keep-with-next and keep-lines): none; the
 * last, for the paragraph that introduces a table; all, for the last block before the closing, so that
 * the signature never stands alone on a page.
 */
export type Keep = 'none' | 'last' | 'all';

/** Whether the paragraph at `index` of `count` keeps with the next one. */
export const keeps = (keep: Keep, index: number, count: number): boolean =>
  keep === 'all' || (keep === 'last' && index === count - 1);

/** What the block before `next` must keep with it. */
export function keepBefore(next: { kind: string } | undefined): Keep {
  if (next?.kind === 'closing') return 'all';
  if (next?.kind === 'table') return 'last';
  return 'none';
}
