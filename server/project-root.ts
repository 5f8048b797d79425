import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project's folder: the nearest one above this module with package.json and drizzle/migrations. Two levels up
 * from the sources; deeper from the compiled server in node_modules/.cache/capdo-server (compile-server.mjs).
 */
function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'drizzle', 'migrations'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`capdo: no project folder above ${from}`);
  }
}

export const projectRoot = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));
