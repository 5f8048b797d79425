import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { migrationsFolder } from '#server/db/open-db.js';

interface JournalEntry {
  idx: number;
  when: number;
  tag: string;
}
const journal = JSON.parse(readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as {
  entries: JournalEntry[];
};

/**
 * Drizzle's migrator runs a migration only when its `when` is later than that of the newest one the database has
 * applied: a migration whose `when` is earlier is skipped for ever on every database already past it, without an
 * error. drizzle-kit writes the clock of the machine that generated it, and the journal's later entries carry
 * timestamps set by hand (1798…), so a new entry's `when` must be set after the last one's (docs/conventions.md).
 */
test("each migration's `when` is later than the one before it", () => {
  const whens = journal.entries.map((entry) => entry.when);
  const outOfOrder = journal.entries.filter((entry, index) => index > 0 && entry.when <= whens[index - 1]!);
  expect(outOfOrder.map((entry) => entry.tag)).toEqual([]);
});

test('the journal and the folder list the same migrations, numbered in order', () => {
  expect(journal.entries.map((entry) => entry.idx)).toEqual(journal.entries.map((_, index) => index));
  expect(journal.entries.map((entry) => entry.tag)).toEqual(
    journal.entries.map((entry) => `${String(entry.idx).padStart(4, '0')}_${entry.tag.slice(5)}`),
  );
  const files = readdirSync(migrationsFolder)
    .filter((file) => file.endsWith('.sql'))
    .sort();
  expect(files).toEqual(journal.entries.map((entry) => `${entry.tag}.sql`));
});
