import { inflateRawSync } from 'node:zlib';
import { fieldError } from '../../http/http-error.js';

/*
 * An XLSX file is a zip. Before a spreadsheet library opens one, every entry is inflated here with a hard cap on
 * what it may produce: the sizes a zip declares can lie, and a few kilobytes can inflate to gigabytes (a zip bomb).
 * Only what passes (few entries, bounded in total, no ZIP64, no encryption) reaches exceljs.
 */

/** What a province's workbook needs with room to spare: 10,000 rows of text inflate to about ten megabytes. */
const MAX_ZIP_ENTRIES = 200;
const MAX_INFLATED_BYTES = 40 * 1024 * 1024;

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

const notXlsx = () => fieldError('file', 'validation.onboarding.notXlsx');
const tooLarge = () =>
  fieldError('file', 'validation.onboarding.inflatesTooMuch', { max: MAX_INFLATED_BYTES / 1024 / 1024 });

function findEndOfDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535: search backwards within that.
  const lowest = Math.max(0, zip.length - 22 - 65_535);
  for (let offset = zip.length - 22; offset >= lowest; offset--) {
    if (zip.readUInt32LE(offset) === END_OF_DIRECTORY) return offset;
  }
  throw notXlsx();
}

/** Checks the zip as described; throws a 400 naming the file otherwise. */
export function checkZipBounds(zip: Buffer): void {
  if (zip.length < 22 || zip.readUInt32LE(0) !== LOCAL_HEADER) throw notXlsx();
  const end = findEndOfDirectory(zip);
  const entries = zip.readUInt16LE(end + 10);
  const directoryOffset = zip.readUInt32LE(end + 16);
  if (entries === 0xffff || directoryOffset === 0xffffffff) throw notXlsx(); // ZIP64: never from an office suite
  if (entries > MAX_ZIP_ENTRIES) throw tooLarge();
  let total = 0;
  let offset = directoryOffset;
  for (let index = 0; index < entries; index++) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== DIRECTORY_ENTRY) throw notXlsx();
    const flags = zip.readUInt16LE(offset + 8);
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const localOffset = zip.readUInt32LE(offset + 42);
    const nameLength = zip.readUInt16LE(offset + 28);
    offset += 46 + nameLength + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
    if (flags & 1 || (method !== STORED && method !== DEFLATED)) throw notXlsx(); // encrypted or exotic
    total += inflatedSize(zip, localOffset, compressedSize, method, MAX_INFLATED_BYTES - total);
  }
}

/** Inflates one entry with a cap on its output; its true size, whatever its header says. */
function inflatedSize(zip: Buffer, localOffset: number, compressedSize: number, method: number, room: number) {
  if (localOffset + 30 > zip.length || zip.readUInt32LE(localOffset) !== LOCAL_HEADER) throw notXlsx();
  const start = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
  if (start + compressedSize > zip.length) throw notXlsx();
  const data = zip.subarray(start, start + compressedSize);
  if (method === STORED) {
    if (data.length > room) throw tooLarge();
    return data.length;
  }
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(room, 1) }).length;
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
    throw notXlsx();
  }
}
