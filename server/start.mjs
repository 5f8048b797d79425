// `npm start`: the compiled server (compile-server.mjs), compiled again first when a source changed.
import process from 'node:process';
import { compiledServer } from './compile-server.mjs';
import { pgliteArtifacts } from './db/pglite-artifacts.mjs';

// On the embedded database, PGlite's WebAssembly compiles while the server's modules load (db/pglite-artifacts.mjs).
if (!process.env.DATABASE_URL) pgliteArtifacts();

await import(await compiledServer());
