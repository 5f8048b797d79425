import type { IncomingMessage } from 'node:http';
import { fieldError } from './http-error.js';

/**
 * The deepest nesting of JSON arrays and objects a request may carry. Our contracts need a handful of
 * levels; anything far deeper is an attack on whatever walks the value afterwards.
 */
export const MAX_JSON_DEPTH = 32;

const OPEN_ARRAY = 0x5b; // [
const OPEN_OBJECT = 0x7b; // {
const CLOSE_ARRAY = 0x5d; // ]
const CLOSE_OBJECT = 0x7d; // }
const QUOTE = 0x22; // "
const BACKSLASH = 0x5c; // \

/** The 400 for a body nested past MAX_JSON_DEPTH, naming the body (or the part that holds it). */
export const jsonTooDeep = (path = 'body') => fieldError(path, 'validation.jsonTooDeep', { max: MAX_JSON_DEPTH });

/**
 * Whether UTF-8 JSON text nests arrays and objects deeper than `limit`: one pass over the bytes, counting
 * [ and { outside strings. In UTF-8 no byte of a multi-byte character is ASCII, so the bytes can be read
 * as they come. It stops at the first level too many, so a hostile body costs one short scan.
 */
function nestsDeeperThan(utf8: Uint8Array, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < utf8.length; index++) {
    const byte = utf8[index];
    if (inString) {
      if (byte === BACKSLASH) index++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) inString = true;
    else if (byte === OPEN_ARRAY || byte === OPEN_OBJECT) {
      if (++depth > limit) return true;
    } else if (byte === CLOSE_ARRAY || byte === CLOSE_OBJECT) depth--;
  }
  return false;
}

/** The body as UTF-8 bytes: as received when it is UTF-8, re-encoded when it came in UTF-16. */
function utf8Of(raw: Buffer, encoding: string): Uint8Array | undefined {
  if (encoding === 'utf-8' || encoding === 'utf8') return raw;
  try {
    return Buffer.from(new TextDecoder(encoding).decode(raw), 'utf8');
  } catch {
    // A charset TextDecoder does not know (UTF-32): the bounded walk over the parsed value still refuses it.
    return undefined;
  }
}

/**
 * express.json's `verify`: it runs on the raw body before JSON.parse, so a body nested too deep is refused
 * before it is parsed, validated or authenticated.
 */
export function refuseDeepJson(_req: IncomingMessage, _res: unknown, raw: Buffer, encoding: string): void {
  const utf8 = utf8Of(raw, encoding);
  if (utf8 && nestsDeeperThan(utf8, MAX_JSON_DEPTH)) throw jsonTooDeep();
}
