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
