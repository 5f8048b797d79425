import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { migrationsFolder, openDb } from '#server/db/open-db.js';
import { organisations } from '#server/db/schema/index.js';
import { templateKey } from '#server/db/pglite-template.js';
import { makeOrganisation } from '../../../factories/organisations.js';

const root = mkdtempSync(path.join(tmpdir(), 'capdo-template-test-'));
const templates = path.join(root, 'templates');
process.env.CAPDO_TEMPLATE_DIR = templates;
afterAll(() => rmSync(root, { recursive: true, force: true }));

test('the template key follows the content of the migrations, not where they are', () => {
  const copy = path.join(root, 'migrations');
  cpSync(migrationsFolder, copy, { recursive: true });
  expect(templateKey(copy)).toBe(templateKey(migrationsFolder));
  const first = readdirSync(copy).find((name) => name.endsWith('.sql'))!;
  writeFileSync(path.join(copy, first), '-- changed\n', { flag: 'a' });
  expect(templateKey(copy)).not.toBe(templateKey(migrationsFolder));
});

test('a new data directory is made from the migrated template, made once and then copied', async () => {
  const first = await openDb({ dataDir: path.join(root, 'one') });
  const made = path.join(templates, templateKey(migrationsFolder));
  const madeAt = statSync(path.join(made, 'PG_VERSION')).mtimeMs;
  try {
    expect(await first.db.select().from(organisations)).toEqual([]); // migrated, empty
  } finally {
    await first.close();
  }
  // Only the schema: no lock and no audit key travel with the copies.
  expect(readdirSync(templates)).toEqual([templateKey(migrationsFolder)]);
  expect(existsSync(path.join(made, 'capdo.lock'))).toBe(false);
  expect(existsSync(path.join(made, 'audit-key'))).toBe(false);

  const second = await openDb({ dataDir: path.join(root, 'two') });
  try {
    expect(statSync(path.join(made, 'PG_VERSION')).mtimeMs).toBe(madeAt); // not made again
    await makeOrganisation(second.db, { parent: null, name: 'Sở thử' });
    expect(await second.db.select({ name: organisations.name }).from(organisations)).toEqual([{ name: 'Sở thử' }]);
    // The embedded database keeps a small buffer pool (pglite-template.ts).
    if (second.connection.kind !== 'pglite') throw new Error('expected PGlite');
    const { rows } = await second.connection.client.query<{ shared_buffers: string }>('show shared_buffers');
    expect(rows).toEqual([{ shared_buffers: '16MB' }]);
  } finally {
    await second.close();
  }
  // The copy's rows stayed in the copy.
  const third = await openDb({ dataDir: path.join(root, 'three') });
  try {
    expect(await third.db.select().from(organisations)).toEqual([]);
  } finally {
    await third.close();
  }
}, 120_000);
