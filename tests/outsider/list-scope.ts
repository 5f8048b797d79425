import { expect } from 'vitest';
import type { ApiClient } from '../support/http-client.js';

/**
 * Asserts a list answers only items of the caller's own subtree (`mine`), with a total that counts
 * only them, for one query; returns that total.
 */
export async function expectListWithinScope(
  client: ApiClient,
  path: string,
  mine: ReadonlySet<string>,
  organisationIdsOf: (item: any) => string[],
  query: Record<string, string>,
): Promise<number> {
  const res = await client.get(path, { query: { limit: '500', ...query } });
  expect(res.status).toBe(200);
  for (const item of res.json.items) {
    for (const id of organisationIdsOf(item)) expect(mine.has(id), `${JSON.stringify(query)} leaked ${id}`).toBe(true);
  }
  expect(res.json.total).toBe(res.json.items.length);
  return res.json.total as number;
}
