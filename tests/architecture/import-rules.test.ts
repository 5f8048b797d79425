import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

/**
 * Dependencies point one way: shared <- templates <- server, shared <- web. Read every import
 * specifier (static, type-only, re-export, dynamic) of every source file and check where it lands.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function sourceFiles(dir: string): string[] {
  const full = path.join(repoRoot, dir);
  let entries;
  try {
    entries = readdirSync(full, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name === 'dist') return [];
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.(ts|tsx|mts|cts)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [relative] : [];
  });
}

function importsOf(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((file) => file.fileName);
}

type Area = 'shared' | 'templates' | 'server' | 'drizzle' | 'web' | 'tests' | 'elsewhere';
const areaOf = (file: string): Area => {
  const [top, next] = file.split(path.sep);
  if (top === 'web') return next === 'src' ? 'web' : 'elsewhere';
  return (['shared', 'templates', 'server', 'drizzle', 'tests'] as const).find((area) => area === top) ?? 'elsewhere';
};

/** The package.json subpath aliases (`#shared/*` -> `./shared/*`), resolved like relative paths. */
const aliases = Object.entries(
  (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { imports: Record<string, string> })
    .imports,
).map(([alias, where]) => ({ prefix: alias.replace('*', ''), folder: where.replace('*', '') }));

/** Where an import lands: a repository area for relative, absolute and aliased paths, or the package name. */
function target(fromFile: string, specifier: string): { area: Area } | { package: string } {
  const alias = aliases.find(({ prefix }) => specifier.startsWith(prefix));
  if (alias) return { area: areaOf(path.normalize(alias.folder + specifier.slice(alias.prefix.length))) };
  if (specifier.startsWith('.') || specifier.startsWith('/')) {
    const resolved = path.relative(repoRoot, path.resolve(repoRoot, path.dirname(fromFile), specifier));
    return { area: resolved.startsWith('..') ? 'elsewhere' : areaOf(resolved) };
  }
  const parts = specifier.split('/');
  return { package: specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]! };
}

/** What each area may import: areas of this repository, and (where restricted) packages. */
const rules: Partial<Record<Area, { areas: Area[]; packages?: string[] }>> = {
  shared: { areas: ['shared'], packages: ['zod'] },
  templates: { areas: ['templates', 'shared'], packages: ['zod'] },
  web: { areas: ['web', 'shared'] },
  server: { areas: ['server', 'shared', 'templates', 'drizzle'] },
  drizzle: { areas: ['drizzle', 'server', 'shared', 'templates'] },
};

function violationsOf(file: string, source: string): string[] {
  const rule = rules[areaOf(file)];
  if (!rule) return [];
  return importsOf(source).flatMap((specifier) => {
    const where = target(file, specifier);
    const allowed =
      'area' in where ? rule.areas.includes(where.area) : !rule.packages || rule.packages.includes(where.package);
    return allowed ? [] : [`${file} imports ${specifier}`];
  });
}

const files = ['shared', 'templates', 'server', 'drizzle', 'web/src'].flatMap(sourceFiles);

describe('the import scanner', () => {
  test('finds every kind of import', () => {
    const source = `
      import { a } from './a.js';
      import type { B } from '../b.js';
      import * as c from "c-package";
      import 'side-effect';
      export { d } from './d.js';
      export * from './e.js';
      const f = await import('./f.js');
    `;
    expect(importsOf(source).sort()).toEqual(
      ['../b.js', './a.js', './d.js', './e.js', './f.js', 'c-package', 'side-effect'].sort(),
    );
  });

  test('flags wrong-way imports and lets the right ones through', () => {
    expect(violationsOf(path.join('shared', 'x', 'y.ts'), `import { parseEnv } from '#server/env.js';`)).toHaveLength(
      1,
    );
    expect(violationsOf(path.join('shared', 'x', 'y.ts'), `import express from 'express';`)).toHaveLength(1);
    expect(
      violationsOf(path.join('shared', 'x', 'y.ts'), `import { z } from 'zod'; import { t } from '../common/text.js';`),
    ).toEqual([]);
    expect(violationsOf(path.join('templates', 't.ts'), `import { nfc } from './official-parts.js';`)).toEqual([]);
    expect(violationsOf(path.join('templates', 't.ts'), `import { readFileSync } from 'node:fs';`)).toHaveLength(1);
    expect(
      violationsOf(path.join('web', 'src', 'app.tsx'), `import { openDb } from '#server/db/open-db.js';`),
    ).toHaveLength(1);
    expect(
      violationsOf(path.join('web', 'src', 'app.tsx'), `import { seedDemo } from '../../drizzle/seed/seed-demo.js';`),
    ).toHaveLength(1);
    expect(violationsOf(path.join('web', 'src', 'app.tsx'), `import { Button } from 'antd';`)).toEqual([]);
    expect(violationsOf(path.join('server', 'app.ts'), `import { App } from '../web/src/app.js';`)).toHaveLength(1);
    expect(violationsOf(path.join('server', 'app.ts'), `import { App } from '#web/app.js';`)).toHaveLength(1);
    expect(violationsOf(path.join('templates', 't.ts'), `import { nfc } from '#shared/common/text.js';`)).toEqual([]);
  });
});

describe('the repository', () => {
  test('has sources to check', () => {
    expect(files.filter((f) => areaOf(f) === 'shared').length).toBeGreaterThan(10);
    expect(files.filter((f) => areaOf(f) === 'server').length).toBeGreaterThan(10);
  });

  test.each(['shared', 'templates', 'web', 'server', 'drizzle'] as const)('%s imports only what it may', (area) => {
    const violations = files
      .filter((f) => areaOf(f) === area)
      .flatMap((f) => violationsOf(f, readFileSync(path.join(repoRoot, f), 'utf8')));
    expect(violations).toEqual([]);
  });

  test('no product code imports the tests', () => {
    const intoTests = files.flatMap((file) =>
      importsOf(readFileSync(path.join(repoRoot, file), 'utf8'))
        .filter((specifier) => {
          const where = target(file, specifier);
          return 'area' in where && where.area === 'tests';
        })
        .map((specifier) => `${file} imports ${specifier}`),
    );
    expect(intoTests).toEqual([]);
  });
});
