/** The file types a dossier accepts, recognised by their content (magic bytes), never by their name. */
const acceptedTypes = {
  pdf: { mediaType: 'application/pdf', extension: 'pdf' },
  png: { mediaType: 'image/png', extension: 'png' },
  jpeg: { mediaType: 'image/jpeg', extension: 'jpg' },
  docx: { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' },
  xlsx: { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
} as const;
type FileType = (typeof acceptedTypes)[keyof typeof acceptedTypes];

const startsWith = (data: Buffer, bytes: number[]) =>
  data.length >= bytes.length && bytes.every((byte, i) => data[i] === byte);

const PDF = [...Buffer.from('%PDF-')];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP_LOCAL = 0x04034b50;
const ZIP_CENTRAL = 0x02014b50;
const ZIP_END = 0x06054b50;

/** Entry names from the zip's central directory (what unzip tools trust), or undefined when there is none. */
function centralDirectoryNames(data: Buffer): string[] | undefined {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const lowest = Math.max(0, data.length - 22 - 0xffff);
  for (let end = data.length - 22; end >= lowest; end--) {
    if (data.readUInt32LE(end) !== ZIP_END) continue;
    const entries = data.readUInt16LE(end + 10);
    let offset = data.readUInt32LE(end + 16);
    const names: string[] = [];
    for (let i = 0; i < entries; i++) {
      if (offset + 46 > data.length || data.readUInt32LE(offset) !== ZIP_CENTRAL) return undefined;
      const nameLength = data.readUInt16LE(offset + 28);
      const extraLength = data.readUInt16LE(offset + 30);
      const commentLength = data.readUInt16LE(offset + 32);
      if (offset + 46 + nameLength > data.length) return undefined;
      names.push(data.toString('utf8', offset + 46, offset + 46 + nameLength));
      offset += 46 + nameLength + extraLength + commentLength;
    }
    return names;
  }
  return undefined;
}

/** Entry names read by walking the local headers from the start (a zip cut short has no central directory). */
function localHeaderNames(data: Buffer): string[] {
  const names: string[] = [];
  let offset = 0;
  while (offset + 30 <= data.length && data.readUInt32LE(offset) === ZIP_LOCAL) {
    const flags = data.readUInt16LE(offset + 6);
    const compressedSize = data.readUInt32LE(offset + 18);
    const nameLength = data.readUInt16LE(offset + 26);
    const extraLength = data.readUInt16LE(offset + 28);
    if (offset + 30 + nameLength > data.length) break;
    names.push(data.toString('utf8', offset + 30, offset + 30 + nameLength));
    // With a data descriptor (bit 3) the size is not known here: stop after this name.
    if (flags & 0x08) break;
    offset += 30 + nameLength + extraLength + compressedSize;
  }
  return names;
}

/** PDF, PNG, JPEG, or an Office Open XML zip (DOCX: entries under word/, XLSX: under xl/); null for anything else. */
export function detectFileType(data: Buffer): FileType | null {
  if (startsWith(data, PDF)) return acceptedTypes.pdf;
  if (startsWith(data, PNG)) return acceptedTypes.png;
  if (startsWith(data, JPEG)) return acceptedTypes.jpeg;
  if (data.length >= 30 && data.readUInt32LE(0) === ZIP_LOCAL) {
    const names = centralDirectoryNames(data) ?? localHeaderNames(data);
    if (names.some((name) => name.startsWith('word/'))) return acceptedTypes.docx;
    if (names.some((name) => name.startsWith('xl/'))) return acceptedTypes.xlsx;
  }
  return null;
}
