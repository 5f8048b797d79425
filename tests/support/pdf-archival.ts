import { pdfProperties } from './read-documents.js';

/**
 * What makes a PDF a PDF/A file, read back from the file: the XMP identification (through pdf.js)
 * and, from the objects themselves, the catalog's output intents and the fonts' embedded programs.
 * pdfkit writes every object dictionary as plain text and no object streams, so the objects are
 * found through the cross-reference table and read up to their stream or their end.
 */

/** Each object's dictionary text (up to "stream" or "endobj"), by object number. */
function objectDictionaries(bytes: Buffer): Map<number, string> {
  const text = bytes.toString('latin1');
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  if (!startxref) throw new Error('no startxref: not a PDF with a cross-reference table');
  const table = /^xref\s+0 (\d+)\s+([\s\S]*?)trailer/.exec(text.slice(Number(startxref[1])));
  if (!table) throw new Error('no cross-reference table at startxref');
  const objects = new Map<number, string>();
  table[2]!
    .trim()
    .split(/\s*\n\s*/)
    .forEach((entry, number) => {
      const [offset, , kind] = entry.trim().split(/\s+/);
      if (kind !== 'n') return;
      const start = Number(offset);
      const end = text.slice(start).search(/\bstream\b|\bendobj\b/);
      objects.set(number, text.slice(start, start + end));
    });
  return objects;
}

const refsIn = (text: string | undefined, key: string): number[] => {
  const value = new RegExp(`/${key}\\s*(\\[[^\\]]*\\]|\\d+ 0 R)`).exec(text ?? '')?.[1] ?? '';
  return [...value.matchAll(/(\d+) 0 R/g)].map((match) => Number(match[1]));
};

const nameOf = (text: string | undefined, key: string) => new RegExp(`/${key}\\s*/(\\w+)`).exec(text ?? '')?.[1];
const stringOf = (text: string | undefined, key: string) =>
  new RegExp(`/${key}\\s*\\(([^)]*)\\)`).exec(text ?? '')?.[1];

export interface OutputIntent {
  /** /S: GTS_PDFA1 for PDF/A. */
  subtype: string | undefined;
  condition: string | undefined;
  /** /N of the embedded ICC profile: 3 for an RGB profile; undefined when none is embedded. */
  profileComponents: number | undefined;
}

export interface ArchivalIdentity {
  /** "1.7" from the file's header. */
  version: string | undefined;
  /** pdfaid:part and pdfaid:conformance from the XMP packet. */
  part: string | undefined;
  conformance: string | undefined;
  outputIntents: OutputIntent[];
  /** The font descriptors' names whose font program is not in the file. */
  fontsNotEmbedded: string[];
}

export async function pdfArchivalIdentity(bytes: Buffer): Promise<ArchivalIdentity> {
  const objects = objectDictionaries(bytes);
  const trailer = bytes.toString('latin1').slice(bytes.toString('latin1').lastIndexOf('trailer'));
  const catalog = objects.get(refsIn(trailer, 'Root')[0] ?? -1);
  const outputIntents = refsIn(catalog, 'OutputIntents').map((ref) => {
    const intent = objects.get(ref);
    const profile = objects.get(refsIn(intent, 'DestOutputProfile')[0] ?? -1);
    const components = /\/N\s+(\d+)/.exec(profile ?? '')?.[1];
    return {
      subtype: nameOf(intent, 'S'),
      condition: stringOf(intent, 'OutputConditionIdentifier'),
      profileComponents: components === undefined ? undefined : Number(components),
    };
  });
  const fontsNotEmbedded = [...objects.values()]
    .filter((object) => /\/Type\s*\/FontDescriptor/.test(object) && !/\/FontFile[23]?\s/.test(object))
    .map((object) => nameOf(object, 'FontName') ?? '?');
  const { xmp } = await pdfProperties(bytes);
  const text = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined);
  return {
    version: /^%PDF-(\d\.\d)/.exec(bytes.toString('latin1', 0, 16))?.[1],
    part: text(xmp['pdfaid:part']),
    conformance: text(xmp['pdfaid:conformance']),
    outputIntents,
    fontsNotEmbedded,
  };
}
