import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';

/**
 * A new PGlite data directory costs an initdb (6-8 s, and the WebAssembly heap grows to about 1 GB in the
 * process that runs it, memory it never gives back) and every migration. So the first time, an empty
 * directory is made and migrated once, kept as a template, and each new data directory starts as a copy of it
 * (~0.2 s). The template is keyed by the PGlite version (its file format) and the content of the committed
 * migrations: a new migration makes a new template, and openDb() still applies any migration a copy lacks.
 * The template holds no data of anyone, no audit key and no lock: only the migrated schema.
 * docs/start-up.md tells the whole start-up.
 */
const cacheRoot = (migrationsFolder: string) =>
  process.env.CAPDO_TEMPLATE_DIR ?? path.resolve(migrationsFolder, '../../node_modules/.cache/capdo-pglite');

/** PostgreSQL settings of every embedded database (see pgliteStartParams). */
export function pgliteStartParams(defaults: readonly string[]): string[] {
  // PGlite reserves PostgreSQL's default 128 MB of shared buffers inside its WebAssembly heap, about 110 MB of
  // resident memory more than 16 MB does. The files still sit in the operating system's page cache, and one
  // embedded process serves one small unit: 16 MB is ample.
  return [...defaults, '-c', 'shared_buffers=16MB'];
}

export function templateKey(migrationsFolder: string): string {
  const hash = createHash('sha256');
  // The package does not export its package.json: read it beside its entry (dist/).
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const pglite = JSON.parse(readFileSync(path.join(path.dirname(entry), '../package.json'), 'utf8')) as {
    version: string;
  };
  hash.update(`pglite ${pglite.version}\n`);
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else hash.update(`${path.relative(migrationsFolder, full)}\n`).update(readFileSync(full));
    }
  };
  walk(migrationsFolder);
  return hash.digest('hex').slice(0, 16);
}

interface TemplateOptions {
  migrationsFolder: string;
  /** Creates a PGlite in a directory (with this module's start parameters). */
  create: (dir: string) => Promise<PGlite>;
  /** Applies the migrations on an open client. */
  migrate: (client: PGlite) => Promise<void>;
}

/** The template's folder, made when missing. Two processes making it at once both end up with one. */
export async function ensurePgliteTemplate(options: TemplateOptions): Promise<string> {
  const root = cacheRoot(options.migrationsFolder);
  const key = templateKey(options.migrationsFolder);
  const ready = path.join(root, key);
  if (existsSync(path.join(ready, 'PG_VERSION'))) return ready;
  mkdirSync(root, { recursive: true });
  const building = path.join(root, `${key}.building-${process.pid}`);
  rmSync(building, { recursive: true, force: true });
  try {
    const client = await options.create(building);
    try {
      await options.migrate(client);
    } finally {
      // Closed before it is copied: PGlite writes its files out at close.
      await client.close();
    }
    try {
      renameSync(building, ready);
    } catch (error) {
      // Another process made it first: theirs is as good.
      if (!existsSync(path.join(ready, 'PG_VERSION'))) throw error;
    }
  } finally {
    rmSync(building, { recursive: true, force: true });
  }
  // Older templates (other migrations or another PGlite) are no longer of use.
  for (const entry of readdirSync(root))
    if (entry !== key && !entry.includes('.building-'))
      rmSync(path.join(root, entry), { recursive: true, force: true });
  return ready;
}

/** Whether a PGlite folder has not been created yet (no database in it at all). */
export function isNewPgliteDir(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).length === 0;
}

export function copyPgliteTemplate(template: string, dir: string): void {
  cpSync(template, dir, { recursive: true });
}
