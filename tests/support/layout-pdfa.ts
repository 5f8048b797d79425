import { inflateSync } from 'node:zlib';

/**
 * Reads back what makes a PDF an archival PDF/A-2b, from the file itself: the XMP packet's PDF/A
 * identification, the catalog's output intent with its ICC profile, and every font embedded. A small
 * reader of our own (objects as text, FlateDecode streams inflated) so the check depends on no writer.
 */
export interface PdfArchival {
  /** pdfaid:part and pdfaid:conformance of the XMP packet, null when absent. */
  part: string | null;
  conformance: string | null;
  /** Whether the catalog's /Metadata points at the stream that holds the packet. */
  catalogMetadata: boolean;
  /** The /S of each output intent the catalog lists ("GTS_PDFA1"), and whether each has a profile. */
  outputIntents: { subtype: string; profile: boolean }[];
  /** Fonts described without an embedded font file. */
  fontsNotEmbedded: string[];
}

interface PdfObject {
  id: string;
  dictionary: string;
  /** The stream's bytes, inflated when it was compressed; null for an object without a stream. */
  stream: Buffer | null;
}

/** The indirect objects of the file ("12 0 obj ... endobj"), each with its dictionary and stream. */
function readObjects(bytes: Buffer): Map<string, PdfObject> {
  const text = bytes.toString('latin1');
  const objects = new Map<string, PdfObject>();
  for (const match of text.matchAll(/(\d+) (\d+) obj\b/g)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endobj', start);
    if (end < 0) continue;
    const body = text.slice(start, end);
    const streamAt = body.search(/\bstream\r?\n/);
    const dictionary = streamAt < 0 ? body : body.slice(0, streamAt);
    let stream: Buffer | null = null;
    if (streamAt >= 0) {
      const dataStart = start + streamAt + body.slice(streamAt).indexOf('\n') + 1;
      const dataEnd = text.lastIndexOf('endstream', end);
      const raw = bytes.subarray(dataStart, dataEnd);
      try {
        stream = /\/FlateDecode/.test(dictionary) ? inflateSync(raw) : raw;
      } catch {
        stream = raw;
      }
    }
    objects.set(`${match[1]} ${match[2]}`, { id: `${match[1]} ${match[2]}`, dictionary, stream });
  }
  return objects;
}

const reference = (text: string | undefined) =>
  text
    ?.match(/(\d+) (\d+) R/)
    ?.slice(1, 3)
    .join(' ') ?? null;

/** The value of an XMP property, written as an element or as an attribute. */
function xmpValue(packet: string, name: string): string | null {
  return (
    packet.match(new RegExp(`<${name}>\\s*([^<]*?)\\s*</${name}>`))?.[1] ??
    packet.match(new RegExp(`${name}="([^"]*)"`))?.[1] ??
    null
  );
}

export function readPdfArchival(bytes: Buffer): PdfArchival {
  const objects = readObjects(bytes);
  const all = [...objects.values()];
  const packetObject = all.find((object) => object.stream?.toString('utf8').includes('<x:xmpmeta'));
  const packet = packetObject?.stream?.toString('utf8') ?? '';
  const catalog = all.find((object) => /\/Type\s*\/Catalog\b/.test(object.dictionary));
  const intentsArray = catalog?.dictionary.match(/\/OutputIntents\s*\[([^\]]*)\]/)?.[1] ?? '';
  const outputIntents = [...intentsArray.matchAll(/(\d+) (\d+) R/g)].map((match) => {
    const intent = objects.get(`${match[1]} ${match[2]}`)?.dictionary ?? '';
    const profile = reference(intent.match(/\/DestOutputProfile\s+\d+ \d+ R/)?.[0]);
    return {
      subtype: intent.match(/\/S\s*\/(\w+)/)?.[1] ?? '',
      profile: profile !== null && Boolean(objects.get(profile)?.stream?.length),
    };
  });
  const fontsNotEmbedded = all
    .filter((object) => /\/Type\s*\/FontDescriptor\b/.test(object.dictionary))
    .filter((object) => !/\/FontFile[23]?\s+\d+ \d+ R/.test(object.dictionary))
    .map((object) => object.dictionary.match(/\/FontName\s*\/([^\s/>]+)/)?.[1] ?? object.id);
  return {
    part: xmpValue(packet, 'pdfaid:part'),
    conformance: xmpValue(packet, 'pdfaid:conformance'),
    catalogMetadata:
      packetObject !== undefined &&
      reference(catalog?.dictionary.match(/\/Metadata\s+\d+ \d+ R/)?.[0]) === packetObject.id,
    outputIntents,
    fontsNotEmbedded,
  };
}

/** What keeps an issued PDF from being PDF/A-2b; empty when it is one. */
export function pdfaProblems(bytes: Buffer): string[] {
  const found = readPdfArchival(bytes);
  const problems: string[] = [];
  if (found.part !== '2' || found.conformance?.toUpperCase() !== 'B')
    problems.push(
      `XMP identification pdfaid:part ${found.part ?? '-'} conformance ${found.conformance ?? '-'}, not 2 B`,
    );
  if (!found.catalogMetadata) problems.push('the catalog has no /Metadata pointing at the XMP packet');
  if (!found.outputIntents.some((intent) => intent.subtype === 'GTS_PDFA1' && intent.profile))
    problems.push('no /OutputIntents entry /GTS_PDFA1 with a /DestOutputProfile');
  if (found.fontsNotEmbedded.length) problems.push(`fonts not embedded: ${found.fontsNotEmbedded.join(', ')}`);
  return problems;
}
