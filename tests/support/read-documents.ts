import JSZip from 'jszip';
// The legacy build is the one pdf.js supports in Node. It needs no worker set up here: in Node it
// runs its "fake worker" in this thread, importing pdf.worker.mjs next to itself.
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { SESSION_COOKIE } from '#server/http/authenticate.js';
import type { ApiClient } from './http-client.js';

/*
 * Reading generated files back the way a person's tools would: pdf.js (what browsers use) for PDFs,
 * the zip for DOCX. Plain JavaScript, so `npm test` needs nothing but Node and npm.
 */

/** GETs a file with the client's session, as bytes. */
export async function downloadBytes(client: ApiClient, path: string) {
  const res = await fetch(new URL(path, client.baseUrl), { headers: { cookie: `${SESSION_COOKIE}=${client.cookie}` } });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}

/** A run of text as pdf.js extracts it, in points from the page's top left corner. */
interface TextRun {
  text: string;
  x: number;
  /** The baseline. */
  y: number;
  width: number;
  size: number;
  /** Top and bottom of the font's glyphs (ascent and descent), as pdftotext -bbox measures a word. */
  top: number;
  bottom: number;
}

interface PageRuns {
  width: number;
  height: number;
  runs: TextRun[];
}

/** Opens a PDF with pdf.js and hands it to `use`, then frees it. */
export async function withPdf<T>(bytes: Buffer, use: (pdf: PDFDocumentProxy) => Promise<T>): Promise<T> {
  // A copy: pdf.js takes over (detaches) the buffer it is given. verbosity 0 keeps its font notes quiet.
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  try {
    return await use(pdf);
  } finally {
    await pdf.destroy();
  }
}

/** The text runs of every page in drawing order (the content stream's, as pdftotext -raw reads it). */
const readRuns = (bytes: Buffer) =>
  withPdf(bytes, async (pdf) => {
    const pages: PageRuns[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      // disableNormalization: the text exactly as the file maps it to Unicode, so a missing NFC step shows.
      const content = await page.getTextContent({ disableNormalization: true });
      const runs: TextRun[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [, , c, d, e, f] = item.transform as number[];
        const size = Math.hypot(c!, d!);
        const [x, y] = viewport.convertToViewportPoint(e!, f!) as [number, number];
        const style = content.styles[item.fontName];
        runs.push({
          text: item.str,
          x,
          y,
          width: item.width,
          size,
          top: y - (style?.ascent ?? 0.8) * size,
          bottom: y - (style?.descent ?? -0.2) * size,
        });
      }
      pages.push({ width: viewport.width, height: viewport.height, runs });
      page.cleanup();
    }
    return pages;
  });

/** Whether two runs share a line: baselines closer than half the font size. */
const sameLine = (a: TextRun, b: TextRun) => Math.abs(a.y - b.y) < Math.min(a.size, b.size) / 2;

/**
 * The runs of one line as text, starting at `left`: a space between runs set apart, or for `layout`
 * as many as fill the gap (half the font size standing for a character's width).
 */
function lineText(runs: TextRun[], layout: boolean, left: number): string {
  let text = '';
  let end = left;
  for (const run of runs) {
    const gap = run.x - end;
    const apart = gap > run.size * 0.15 && !/\s$/.test(text) && !/^\s/.test(run.text);
    const spaces = layout ? Math.max(apart ? 1 : 0, Math.round(gap / (run.size / 2))) : apart ? 1 : 0;
    text += ' '.repeat(spaces) + run.text;
    end = run.x + run.width;
  }
  return text;
}

/** Splits runs into lines: in drawing order, or for `layout` top to bottom and each line left to right. */
function lines(runs: TextRun[], layout: boolean): TextRun[][] {
  // With `layout`, spaces come from the gaps themselves, so runs of spaces only are left out.
  const ordered = layout ? runs.filter((run) => /\S/.test(run.text)).sort((a, b) => a.y - b.y) : runs;
  const result: TextRun[][] = [];
  for (const run of ordered) {
    const last = result.at(-1);
    const line = layout
      ? result.find((candidate) => sameLine(candidate[0]!, run))
      : last && sameLine(last.at(-1)!, run)
        ? last
        : undefined;
    if (line) line.push(run);
    else result.push([run]);
  }
  return layout ? result.map((line) => line.sort((a, b) => a.x - b.x)) : result;
}

/**
 * The PDF's text like pdftotext: each line ending in "\n", each page in "\f". By default in drawing
 * order (pdftotext -raw); `layout` puts runs on the same baseline side by side, columns kept apart
 * by spaces roughly as wide as the gap (an approximation of pdftotext -layout).
 */
export async function pdfText(bytes: Buffer, layout = false): Promise<string> {
  const pages = await readRuns(bytes);
  return pages
    .map((page) => {
      // With `layout`, every line is indented from the page's leftmost text, so columns line up.
      const pageLeft = Math.min(...page.runs.map((run) => run.x));
      return (
        lines(page.runs, layout)
          .map((line) => `${lineText(line, layout, layout ? pageLeft : line[0]!.x)}\n`)
          .join('') + '\f'
      );
    })
    .join('');
}

/** A length as pdfinfo prints it (C's %g: six significant digits, no trailing zeros). */
const points = (value: number) => String(Number(value.toPrecision(6)));

/** pdfinfo's fields that tests read: "Pages", "Page size" (the first page's), "Title", "Creator", "Producer". */
export const pdfInfo = (bytes: Buffer) =>
  withPdf(bytes, async (pdf): Promise<Record<string, string>> => {
    const info = (await pdf.getMetadata()).info as Record<string, unknown>;
    const { width, height } = (await pdf.getPage(1)).getViewport({ scale: 1 });
    // pdfinfo names A4 in either orientation when both sides are within a point of it.
    const a4 = Math.abs(Math.min(width, height) - 595.28) < 1 && Math.abs(Math.max(width, height) - 841.89) < 1;
    const fields: Record<string, string> = {
      Pages: String(pdf.numPages),
      'Page size': `${points(width)} x ${points(height)} pts${a4 ? ' (A4)' : ''}`,
    };
    for (const key of ['Title', 'Creator', 'Producer']) if (typeof info[key] === 'string') fields[key] = info[key];
    return fields;
  });

/**
 * The document's properties as a reader shows them: the Info dictionary (Title, Author, Creator,
 * Producer), the catalog's Language and the PDF version, and the XMP packet's properties by their
 * lower-case names ("dc:title", "pdfaid:part"), empty when the file has none.
 */
export const pdfProperties = (bytes: Buffer) =>
  withPdf(bytes, async (pdf) => {
    const { info, metadata } = await pdf.getMetadata();
    const fields = info as Record<string, unknown>;
    const text = (key: string) => (typeof fields[key] === 'string' ? fields[key] : undefined);
    return {
      title: text('Title'),
      author: text('Author'),
      creator: text('Creator'),
      language: text('Language'),
      version: text('PDFFormatVersion'),
      xmp: (metadata?.getAll() ?? {}) as Record<string, string | string[]>,
      /** The XMP packet as written. */
      xmpText: metadata?.getRaw() ?? '',
    };
  });

export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PdfPageWords {
  width: number;
  height: number;
  words: PdfWord[];
}

/**
 * The words of every page with their boxes in points, origin top left, like pdftotext -bbox: from
 * the baseline up by the font's ascent and down by its descent. pdf.js measures runs, not words, so
 * a word inside a run gets the run's width shared out by character count: a run's first and last
 * words end exactly where the run does (which is what margins depend on), the ones between roughly.
 */
export async function pdfWords(bytes: Buffer): Promise<PdfPageWords[]> {
  const pages = await readRuns(bytes);
  return pages.map(({ width, height, runs }) => ({
    width,
    height,
    words: runs.flatMap((run) => {
      const share = run.width / [...run.text].length;
      const words: PdfWord[] = [];
      let index = 0;
      for (const [word] of run.text.matchAll(/\S+|\s+/g)) {
        const length = [...word].length;
        if (/\S/.test(word))
          words.push({
            text: word,
            xMin: run.x + index * share,
            xMax: run.x + (index + length) * share,
            yMin: run.top,
            yMax: run.bottom,
          });
        index += length;
      }
      return words;
    }),
  }));
}

/**
 * The base names of the PDF's fonts ("Tinos-Bold"), subset prefix ("ABCDEF+") removed, each once.
 * Read from the raw file: pdfkit compresses streams but writes object dictionaries as plain text,
 * and pdf.js does not report the names of the fonts it loads for text extraction.
 */
export function pdfFontNames(bytes: Buffer): string[] {
  const names = [...bytes.toString('latin1').matchAll(/\/BaseFont\s*\/(?:[A-Z]{6}\+)?([^\s/<>[\]()]+)/g)].map(
    (match) => match[1]!,
  );
  return [...new Set(names)].sort();
}

/** The DOCX's main part (word/document.xml) and its other XML parts by name. */
export async function docxParts(bytes: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: Record<string, string> = {};
  for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml')))
    parts[name] = await zip.file(name)!.async('string');
  return parts;
}

/** The visible text of a WordprocessingML part: the w:t runs, paragraphs on their own lines. */
export const docxText = (xml: string) =>
  xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<w:br\/>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The names of the files in a zip. */
export const zipEntries = async (bytes: Buffer) =>
  Object.keys((await JSZip.loadAsync(bytes)).files).filter((name) => !name.endsWith('/'));
