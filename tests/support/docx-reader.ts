import JSZip from 'jszip';
import {
  paragraphProperties,
  readStyles,
  runProperties,
  styleChain,
  type Properties,
  type Styles,
} from './docx-styles.js';
import { childNamed, childrenNamed, descendantsNamed, parseXml, textOf, type XmlElement } from './docx-xml.js';

/**
 * Reads a DOCX back as Word would: every XML part parsed strictly, and each paragraph and run with the
 * formatting it ends up with (document defaults, then its style and the styles that style is based on,
 * then its own direct formatting), so tests see the look whether a style or the paragraph carries it.
 */

export interface RunInfo {
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  /** Half-points, as w:sz stores them. */
  halfPoints: number | null;
  font: string | null;
  /** A border round the run (w:bdr). */
  boxed: boolean;
}

export interface ParagraphInfo {
  /** The visible text: w:t contents decoded, w:br as "\n", w:tab as "\t". */
  text: string;
  /** The w:pStyle it names; null for Normal by default. */
  style: string | null;
  runs: RunInfo[];
  jc: string | null;
  /** The first-line indent; null when none (or 0). */
  firstLine: string | null;
  left: string | null;
  hanging: string | null;
  spacingBefore: string | null;
  spacingAfter: string | null;
  line: string | null;
  keepNext: boolean;
  keepLines: boolean;
}

const text = (value: string | boolean | undefined) => (typeof value === 'string' ? value : null);

export function readParagraph(p: XmlElement, styles: Styles): ParagraphInfo {
  const pPr = childNamed(p, 'w:pPr');
  const named = childNamed(pPr, 'w:pStyle')?.attributes['w:val'] ?? null;
  const chain = styleChain(styles, named ?? styles.defaultId);
  const pp = Object.assign({}, styles.defaults.paragraph, ...chain.map((s) => s.paragraph), paragraphProperties(pPr));
  const styleRun: Properties = Object.assign({}, styles.defaults.run, ...chain.map((s) => s.run));
  const runs = childrenNamed(p, 'w:r').map((r): RunInfo => {
    const rp: Properties = { ...styleRun, ...runProperties(childNamed(r, 'w:rPr')) };
    const content = r.children
      .filter((node) => typeof node !== 'string')
      .map((node) =>
        node.name === 'w:t' ? textOf(node) : node.name === 'w:br' ? '\n' : node.name === 'w:tab' ? '\t' : '',
      )
      .join('');
    return {
      text: content,
      bold: rp['w:b'] === true,
      italic: rp['w:i'] === true,
      underline: rp['w:u'] === true,
      halfPoints: text(rp.sz) === null ? null : Number(rp.sz),
      font: text(rp.font),
      boxed: rp.bdr === true,
    };
  });
  return {
    text: runs.map((run) => run.text).join(''),
    style: named,
    runs,
    jc: text(pp.jc),
    firstLine: pp.firstLine && pp.firstLine !== '0' ? text(pp.firstLine) : null,
    left: text(pp.left),
    hanging: pp.hanging && pp.hanging !== '0' ? text(pp.hanging) : null,
    spacingBefore: text(pp.before),
    spacingAfter: text(pp.after),
    line: text(pp.line),
    keepNext: pp['w:keepNext'] === true,
    keepLines: pp['w:keepLines'] === true,
  };
}

/** The paragraphs of a WordprocessingML part or fragment, in order, tables' cells included. */
export const paragraphsOf = (xml: string, styles: Styles): ParagraphInfo[] =>
  descendantsNamed(parseXml(xml, 'document part'), 'w:p').map((p) => readParagraph(p, styles));

export interface Docx {
  parts: Map<string, string>;
  documentXml: string;
  styles: Styles;
  paragraphs: ParagraphInfo[];
  /** The sectPr elements of the body, in order. */
  sections: string[];
  /** The header part a section's header reference of the given type points to. */
  headerOf: (section: string, type: 'default' | 'first') => string | undefined;
}

/** Unzips a DOCX, parses every XML part strictly (a forbidden character anywhere fails), reads the paragraphs. */
export async function readDocx(buffer: Buffer): Promise<Docx> {
  const zip = await JSZip.loadAsync(buffer);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const xml = await zip.file(name)!.async('string');
    parseXml(xml, name);
    parts.set(name, xml);
  }
  const documentXml = parts.get('word/document.xml')!;
  const styles = readStyles(parts.get('word/styles.xml')!);
  const relationships = new Map(
    [...parts.get('word/_rels/document.xml.rels')!.matchAll(/Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((match) => [
      match[1]!,
      match[2]!,
    ]),
  );
  return {
    parts,
    documentXml,
    styles,
    paragraphs: paragraphsOf(documentXml, styles),
    sections: [...documentXml.matchAll(/<w:sectPr>.*?<\/w:sectPr>/gs)].map((match) => match[0]),
    headerOf(section, type) {
      const id = new RegExp(`<w:headerReference w:type="${type}" r:id="([^"]+)"`).exec(section)?.[1];
      const target = id ? relationships.get(id) : undefined;
      return target ? parts.get(`word/${target}`) : undefined;
    },
  };
}

export const paragraphWith = (docx: Docx, text: string): ParagraphInfo => {
  const found = docx.paragraphs.find((paragraph) => paragraph.text.includes(text));
  if (!found) throw new Error(`no paragraph contains ${JSON.stringify(text)}`);
  return found;
};

export const runWith = (docx: Docx, text: string): RunInfo => {
  const found = docx.paragraphs.flatMap((paragraph) => paragraph.runs).find((run) => run.text.includes(text));
  if (!found) throw new Error(`no run contains ${JSON.stringify(text)}`);
  return found;
};

/** An attribute of the first element of that name in an XML string. */
export const attribute = (xml: string, element: string, name: string): string | undefined =>
  new RegExp(`<${element} [^>]*${name}="([^"]*)"`).exec(xml)?.[1];
