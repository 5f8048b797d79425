import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { newestSource } from './newest-source.mjs';

/**
 * The server compiled once to JavaScript (esbuild: one file for the server, one for the document worker,
 * packages left to node_modules), so that `npm start` runs plain Node: no TypeScript loader resolving and
 * transforming some four hundred modules at every start (docs/start-up.md). `npm install` compiles it; a start
 * compiles it again when any source is newer. Tests and the tools run the TypeScript sources through tsx.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'node_modules', '.cache', 'capdo-server');
const entry = path.join(outDir, 'main.js');
const sources = ['server', 'shared', 'templates', path.join('drizzle', 'seed')].map((dir) => path.join(root, dir));

/** The compiled server's entry as a file URL, compiling it first when it is missing or older than a source. */
export async function compiledServer() {
  const builtAt = existsSync(entry) ? statSync(entry).mtimeMs : 0;
  const stale = builtAt <= Math.max(...sources.map(newestSource), statSync(path.join(root, 'package.json')).mtimeMs);
  if (stale) await compileServer();
  return pathToFileURL(entry).href;
}

async function compileServer() {
  const { build } = await import('esbuild');
  await build({
    absWorkingDir: root,
    entryPoints: ['server/main.ts', 'server/rendering/document-worker.ts'],
    // Flat: the pool finds document-worker.js beside the code that starts it (server/rendering/document-pool.ts).
    entryNames: '[name]',
    outdir: outDir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
}

// `node server/compile-server.mjs` (npm install): compile now if needed.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await compiledServer();
