import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * patches/postgres+3.4.9.patch mends postgres.js 3.4.x (the PostgreSQL driver) where a connection that
 * closes in the middle of a transaction brings the whole server down, found by
 * tests/faults/postgres.fault.test.ts (PostgreSQL restarted, a server killed mid-write) and reported upstream
 * as porsager/postgres issues 1154, 1208 and pull requests 1209, 1215, still open for 3.4.10:
 *
 * 1. After the connection closes, the transaction still writes its ROLLBACK to it; the write is deferred
 *    with setImmediate and then dereferences the null socket: an uncaught TypeError, the process exits.
 * 2. A write pending when the connection closes leaves its buffer and timer set, so every later write on
 *    that connection (its next start-up message included) is never sent: the pool slot is dead for good
 *    and the server answers CONNECT_TIMEOUT for ever, even once PostgreSQL is back.
 * 3. Queries a transaction sends after its connection closed run on the connection's NEXT session, outside
 *    any transaction (or inside another request's): half a write could be committed.
 * 4. A connection closed by a socket error does not fail the queries sent after that error, and a later
 *    answer could be matched to them.
 *
 * The mend is patches/postgres+3.4.9.patch, applied by patch-package at `npm install` / `npm ci` (the
 * postinstall script); patch-package fails the install when the patch no longer applies, and openDb()
 * warns when the installed driver lacks the mend (an install with --ignore-scripts).
 */
const MARK = 'capdo: mended';

/** Whether the installed driver carries the mend (its builds carry the same code: the one Node resolves is read). */
export function isPostgresDriverPatched(): boolean {
  const src = path.dirname(createRequire(import.meta.url).resolve('postgres'));
  const marks = (file: string) => readFileSync(path.join(src, file), 'utf8').split(MARK).length - 1;
  return marks('connection.js') >= 3 && marks('index.js') >= 2;
}
