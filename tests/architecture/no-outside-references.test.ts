import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { defaultRegimes } from '#shared/regimes/regimes.js';

/**
 * A person with only the clone must be able to follow every reference: no comment, test, script or
 * page may cite a document that lives outside the repository, and every `docs/<page>.md#<heading>`
 * named anywhere must exist. The names of the outside documents are built at run time, so that a
 * plain grep of the tree for them finds nothing, this file included.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The design notes the product was first built from; none of them is in the repository. */
const outsideNames = ['domain', 'architecture', 'stack', 'ux'].map((name) => name.toUpperCase());
const outsideDocument = new RegExp(`\\b(${outsideNames.join('|')})\\.md\\b`, 'g');
/** "<NAME> §8": a section of one of them, cited without the file's extension. */
const outsideSection = new RegExp(`\\b(${outsideNames.join('|')})(\\.md)?\\s*§`, 'g');
/** A relative path to a `shared` folder: fine inside the repository, a reference outside when it climbs out. */
const climbingToShared = /((?:\.\.\/)+)shared\//g;

const binary = /\.(png|jpe?g|gif|ico|ttf|otf|woff2?|pdf|docx|xlsx|zip|wasm)$/i;

/** Every file the repository holds or is about to (tracked, and new files not ignored), as it is on disk. */
function repositoryFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return [...new Set(listed.split('\0'))]
    .filter((file) => file && file !== 'package-lock.json' && !binary.test(file))
    .filter((file) => existsSync(path.join(repoRoot, file)))
    .sort();
}

/** References in `text` (the content of `file`, relative to the repository) to documents outside it. */
function outsideReferences(file: string, text: string, basenames: ReadonlySet<string>): string[] {
  const found: string[] = [];
  const lineOf = (index: number) => text.slice(0, index).split('\n').length;
  for (const match of text.matchAll(outsideDocument)) {
    // A page of that name inside the repository would be a fine reference.
    if (!basenames.has(match[0])) found.push(`${file}:${lineOf(match.index)} cites ${match[0]}`);
  }
  for (const match of text.matchAll(outsideSection)) {
    if (!match[2]) found.push(`${file}:${lineOf(match.index)} cites ${match[0]}`);
  }
  for (const match of text.matchAll(climbingToShared)) {
    const target = path.resolve(repoRoot, path.dirname(file), match[1]!, 'shared');
    if (path.relative(repoRoot, target).startsWith('..')) {
      found.push(`${file}:${lineOf(match.index)} points outside the repository: ${match[0]}`);
    }
  }
  return found;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function headingSlug(heading: string): string {
  return heading
    .replace(/`/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The anchors of a Markdown page (headings outside code blocks; a repeated heading gets -1, -2 …). */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = fenced ? null : /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const slug = headingSlug(heading[1]!);
    let anchor = slug;
    for (let n = 1; anchors.has(anchor); n++) anchor = `${slug}-${n}`;
    anchors.add(anchor);
  }
  return anchors;
}

/** `docs/<page>.md` and `docs/<page>.md#<anchor>` named in a text, and (in docs/) `](<page>.md#<anchor>)` links. */
function docsReferences(file: string, text: string): Array<{ where: string; page: string; anchor?: string }> {
  const lineOf = (index: number) => text.slice(0, index).split('\n').length;
  const out: Array<{ where: string; page: string; anchor?: string }> = [];
  for (const match of text.matchAll(/\bdocs\/([\w-]+\.md)(?:#([\w-]+))?/g)) {
    out.push({ where: `${file}:${lineOf(match.index)}`, page: match[1]!, anchor: match[2] });
  }
  if (file.startsWith('docs/')) {
    for (const match of text.matchAll(/\]\(([\w-]+\.md)(?:#([\w-]+))?\)/g)) {
      out.push({ where: `${file}:${lineOf(match.index)}`, page: match[1]!, anchor: match[2] });
    }
    for (const match of text.matchAll(/\]\(#([\w-]+)\)/g)) {
      out.push({ where: `${file}:${lineOf(match.index)}`, page: path.basename(file), anchor: match[1] });
    }
  }
  return out;
}

const files = repositoryFiles();
const basenames = new Set(files.map((file) => path.basename(file)));
const read = (file: string) => readFileSync(path.join(repoRoot, file), 'utf8');
const docsPages = files.filter((file) => /^docs\/[\w-]+\.md$/.test(file));

describe('the reference scanner', () => {
  const [domain, , stack] = outsideNames as [string, string, string, string];

  test('finds the outside documents however they are cited', () => {
    const text = [`/** ${domain}.md §4.6. */`, `// see ${stack}.md`, `loads the demo (${domain} §8)`].join('\n');
    expect(outsideReferences('server/x.ts', text, new Set())).toEqual([
      `server/x.ts:1 cites ${domain}.md`,
      `server/x.ts:2 cites ${stack}.md`,
      `server/x.ts:3 cites ${domain} §`,
    ]);
  });

  test('tells a path that climbs out of the repository from one that stays inside', () => {
    const up = ['..', 'shared', ''].join('/');
    expect(outsideReferences('README.md', `read ${up}notes.md`, new Set())).toHaveLength(1);
    expect(outsideReferences('templates/t.ts', `import { nfc } from '${up}common/text.js';`, new Set())).toEqual([]);
    expect(outsideReferences('web/src/x.ts', `'../../${up}${domain}.txt'`, new Set())).toHaveLength(1);
  });

  test('lets through a page of that name that the repository holds', () => {
    expect(outsideReferences('README.md', `see docs/${stack}.md`, new Set([`${stack}.md`]))).toEqual([]);
  });

  test('makes anchors the way GitHub does', () => {
    expect(headingSlug('Who appraises and approves')).toBe('who-appraises-and-approves');
    expect(headingSlug('nd85 stays open to new dossiers until 31/12/2026')).toBe(
      'nd85-stays-open-to-new-dossiers-until-31122026',
    );
    expect(headingSlug('Who approves, and separation of duties on the server')).toBe(
      'who-approves-and-separation-of-duties-on-the-server',
    );
    expect([...anchorsOf('# A\n```\n# not a heading\n```\n## A\n### `code` b')]).toEqual(['a', 'a-1', 'code-b']);
  });
});

describe('the repository', () => {
  test('has files and pages to check', () => {
    expect(files.length).toBeGreaterThan(300);
    expect(docsPages).toEqual(
      expect.arrayContaining(['docs/architecture.md', 'docs/conventions.md', 'docs/decisions.md', 'docs/domain.md']),
    );
  });

  test('cites no document that lives outside it', () => {
    const found = files.flatMap((file) => outsideReferences(file, read(file), basenames));
    expect(found).toEqual([]);
  });

  test('names only docs/ pages and headings that exist', () => {
    const anchors = new Map(docsPages.map((page) => [path.basename(page), anchorsOf(read(page))]));
    const references = files.flatMap((file) => docsReferences(file, read(file)));
    expect(references.length).toBeGreaterThan(40);
    const broken = references
      .filter(({ page, anchor }) => !anchors.has(page) || (anchor !== undefined && !anchors.get(page)!.has(anchor)))
      .map(({ where, page, anchor }) => `${where} names docs/${page}${anchor ? `#${anchor}` : ''}`);
    expect(broken).toEqual([]);
  });

  test('docs/ names only files and folders that exist (or that the build and tools write)', () => {
    const ignored = readFileSync(path.join(repoRoot, '.gitignore'), 'utf8')
      .split('\n')
      .map((line) => line.trim().replace(/^\//, '').replace(/\/$/, ''))
      .filter((line) => line && !line.startsWith('#') && !line.includes('*'));
    const areas = /^(\.ci|docs|shared|server|templates|web|drizzle|tests)\/[\w./-]*$/;
    const missing = docsPages.flatMap((page) =>
      [...read(page).matchAll(/`([^`\s]+)`/g)]
        .map((match) => match[1]!)
        .filter((token) => areas.test(token))
        .filter((token) => !ignored.some((entry) => token === entry || token.startsWith(`${entry}/`)))
        .filter((token) => !existsSync(path.join(repoRoot, token)))
        .map((token) => `${page} names ${token}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('docs/domain.md', () => {
  /** The rows of the rule tables: id, level and article, as the page writes them. */
  const ruleRows = (prefix: 'R' | 'N') => {
    const row = new RegExp(`^\\|\\s*(${prefix}\\d+)\\s*\\|\\s*(\\d)\\s*\\|\\s*([^|]+?)\\s*\\|`, 'gm');
    return [...read('docs/domain.md').matchAll(row)].map((match) => [match[1], Number(match[2]), match[3]]);
  };
  const codeRows = (regime: 'nd85' | 'nd331') =>
    defaultRegimes[regime].rules.map((rule) => [rule.id, rule.level, rule.citation.en.split(',')[0]]);

  test('lists exactly the nd85 rules of the code, with their levels and articles', () => {
    expect(ruleRows('R')).toEqual(codeRows('nd85'));
  });

  test('lists exactly the nd331 rules of the code, with their levels and articles', () => {
    expect(ruleRows('N')).toEqual(codeRows('nd331'));
  });
});
