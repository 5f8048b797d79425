import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * What the login page costs to download: the web app built once more (with Vite's manifest) into a
 * temporary folder, and the gzipped size of every JS and CSS file the browser needs for /login: the
 * entry and its static imports, and the login route's chunk and its static imports. The built files are
 * the same as `npm run build` writes; only the manifest is added.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface FirstPageSize {
  /** Each file the login page loads, with its gzipped size in bytes. */
  files: { file: string; gzipBytes: number }[];
  totalGzipBytes: number;
  /** The largest file, for the table. */
  largest: { file: string; gzipBytes: number };
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
    const manifest = JSON.parse(await readFile(path.join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
    const needed = new Set<string>();
    const visit = (key: string) => {
      const chunk = manifest[key];
      if (!chunk || needed.has(chunk.file)) return;
      needed.add(chunk.file);
      chunk.css?.forEach((css) => needed.add(css));
      chunk.imports?.forEach(visit);
    };
    const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
    if (!entry) throw new Error('no entry in the manifest');
    visit(entry);
    visit('src/app/routes/login.tsx');
    const files = await Promise.all(
      [...needed].map(async (file) => ({
        file,
        gzipBytes: gzipSync(await readFile(path.join(outDir, file))).length,
      })),
    );
    files.sort((a, b) => b.gzipBytes - a.gzipBytes);
    return {
      files,
      totalGzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
      largest: files[0] ?? { file: '-', gzipBytes: 0 },
    };
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === new URL(`file://${path.resolve(process.argv[1])}`).href) {
  const size = await measureFirstPage();
  for (const file of size.files) console.log(`${(file.gzipBytes / 1024).toFixed(1).padStart(8)} KB  ${file.file}`);
  console.log(`${(size.totalGzipBytes / 1024).toFixed(1).padStart(8)} KB  total (gzip)`);
}
