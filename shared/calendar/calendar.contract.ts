import { z } from 'zod';
import { defineContract } from '../common/contract.js';
import { isoDateSchema, textSchema } from '../common/text.js';

const tag = 'Calendar';
export const holidaySchema = z.object({
  date: isoDateSchema,
  name: textSchema(1, 200),
  kind: z
    .enum(['holiday', 'workingWeekend'])
    .describe('holiday: a weekday off; workingWeekend: a weekend day worked in exchange'),
});
const yearParamsSchema = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

export const listHolidays = defineContract({
  method: 'get',
  path: '/api/holidays/:year',
  summary: 'Public holidays and swapped working days of one year (they set every working-day clock)',
  tag,
  auth: true,
  params: yearParamsSchema,
  response: z.object({ items: z.array(holidaySchema) }),
});

export const replaceHolidays = defineContract({
  method: 'put',
  path: '/api/holidays/:year',
  summary: "Replace one year's holidays as the government announced them (administrators of a top-level organisation)",
  tag,
  auth: true,
  params: yearParamsSchema,
  body: z.object({ items: z.array(holidaySchema).max(60) }),
  response: z.object({ items: z.array(holidaySchema) }),
});
