import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * What the login page costs to download: the web app built once more (with Vite's manifest) into a temporary
 * folder, and the gzipped size of every JS and CSS file that `index.html` makes the browser load before the login
 * form can show (the login route is part of that first download). Apart: what the login page fetches right after
 * it shows (the check of the form and the auth and health contracts, which bring zod), while the person types.
 * The built files are the same as `npm run build` writes; only the manifest is added.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** The modules the login page imports once it shows (web/src/features/auth), by their manifest keys. */
const fetchedAfterTheForm = [
  'src/features/auth/components/login-check.ts',
  '../shared/auth/auth.contract.ts',
  '../shared/health/health.contract.ts',
];

export interface AssetSize {
  file: string;
  gzipBytes: number;
}

export interface FirstPageSize {
  /** Each file the login form needs, with its gzipped size in bytes. */
  files: AssetSize[];
  totalGzipBytes: number;
  /** The largest file, for the table. */
  largest: AssetSize;
  /** Fetched after the form shows, not already among `files`. */
  after: AssetSize[];
  afterGzipBytes: number;
}

export async function measureFirstPage(): Promise<FirstPageSize> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'capdo-first-page-'));
  try {
    const { build } = await import('vite');
    await build({
      configFile: path.join(root, 'web/vite.config.ts'),
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, manifest: true },
    });
    const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
    const needed = new Set(
      [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]!),
    );
    if (!needed.size) throw new Error('index.html loads no script');
    const manifest = JSON.parse(await readFile(path.join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
    const after = new Set<string>();
    const visit = (key: string) => {
      const chunk = manifest[key];
      if (!chunk) throw new Error(`${key} is not in the manifest`);
      if (needed.has(chunk.file) || after.has(chunk.file)) return;
      after.add(chunk.file);
      chunk.css?.forEach((css) => after.add(css));
      chunk.imports?.forEach(visit);
    };
    fetchedAfterTheForm.forEach(visit);
    const sizes = (files: Set<string>) =>
      Promise.all(
        [...files].map(async (file) => ({
          file,
          gzipBytes: gzipSync(await readFile(path.join(outDir, file))).length,
        })),
      ).then((list) => list.sort((a, b) => b.gzipBytes - a.gzipBytes));
    const files = await sizes(needed);
    const afterFiles = await sizes(after);
    const total = (list: AssetSize[]) => list.reduce((sum, file) => sum + file.gzipBytes, 0);
    return {
      files,
      totalGzipBytes: total(files),
      largest: files[0] ?? { file: '-', gzipBytes: 0 },
      after: afterFiles,
      afterGzipBytes: total(afterFiles),
    };
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === new URL(`file://${path.resolve(process.argv[1])}`).href) {
  const size = await measureFirstPage();
  for (const file of size.files) console.log(`${(file.gzipBytes / 1024).toFixed(1).padStart(8)} KB  ${file.file}`);
  console.log(`${(size.totalGzipBytes / 1024).toFixed(1).padStart(8)} KB  total (gzip)`);
  for (const file of size.after)
    console.log(`${(file.gzipBytes / 1024).toFixed(1).padStart(8)} KB  ${file.file} (after)`);
  console.log(`${(size.afterGzipBytes / 1024).toFixed(1).padStart(8)} KB  fetched after the form shows (gzip)`);
}
