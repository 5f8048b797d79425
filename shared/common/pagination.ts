import { z } from 'zod';

export const MAX_PAGE_SIZE = 500;

/** A blank query value is no number, though Number('') and Number(' ') are 0: it reaches the check as NaN. */
const blankIsNotZero = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? Number.NaN : value);

export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
  offset: z.preprocess(blankIsNotZero, z.coerce.number().int().min(0).default(0)),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int().min(0) });

/** A list paged by cursor (docs/lists.md): `offset` still works, `cursor` is how the next page is asked for. */
export const cursorPageQuerySchema = pageQuerySchema.extend({
  // base64url only: whatever else comes is refused here, before it makes a URL longer than the server reads.
  cursor: z
    .string()
    .min(1)
    .max(4000)
    .regex(/^[A-Za-z0-9_-]+$/, { message: 'validation.invalidCursor' })
    .optional()
    .describe("Opaque: the previous page's nextCursor. Given, it decides where the page starts and offset is ignored"),
});

/** A page of a cursor-paged list: the total is counted up to a threshold and says whether it is exact. */
export const cursorPageOf = <T extends z.ZodType>(item: T) =>
  pageOf(item).extend({
    totalIsExact: z
      .boolean()
      .describe('False when there are more rows than the count goes to: total is then a lower bound ("more than")'),
    nextCursor: z.string().nullable().describe('Hand it back as cursor for the next page; null on the last page'),
  });
