/* global WebAssembly */
import { Blob } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

// One per process, shared by `npm start`'s entry (server/start.mjs) and the compiled server, which holds its own
// copy of this module: a registered symbol on globalThis is what both see.
const key = Symbol.for('capdo.pgliteArtifacts');

/**
 * PGlite's WebAssembly, compiled, and its file bundle (the PostgreSQL share files), read once per process and given to
 * every PGlite.create (server/db/open-db.ts). `npm start` calls this first thing, so that the reading and the
 * compiling (on other threads) go on while Node loads the server's modules instead of after them; PGlite would
 * otherwise start both only when it is created, and wait for them (docs/start-up.md).
 * @returns {{ pgliteWasmModule: Promise<WebAssembly.Module>, fsBundle: Promise<Blob> }}
 */
export function pgliteArtifacts() {
  if (!globalThis[key]) {
    // Beside the package's entry (its CommonJS one: the tests' module runner has no import.meta.resolve).
    const dist = path.dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
    const artifacts = {
      pgliteWasmModule: readFile(path.join(dist, 'pglite.wasm')).then((bytes) => WebAssembly.compile(bytes)),
      fsBundle: readFile(path.join(dist, 'pglite.data')).then((bytes) => new Blob([bytes])),
    };
    // Started ahead of their use: a failure is reported where they are awaited, not as an unhandled rejection.
    for (const promise of Object.values(artifacts)) promise.catch(() => undefined);
    globalThis[key] = artifacts;
  }
  return globalThis[key];
}
