import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type FontkitFont } from 'fontkit';
import type { PdfDocument } from './pdf-types.js';

/**
 * The four Tinos faces (Times New Roman metrics, full Vietnamese coverage), read and parsed once per
 * process. pdfkit accepts an already parsed fontkit font wherever it takes a font file, so every
 * document reuses the parsed faces instead of re-reading and re-parsing four TTFs (~250 ms a page
 * versus ~30 ms; docs/decisions.md#pdfkit-with-tinos-and-its-own-line-breaking). Only each document's
 * glyph subset is built anew.
 */

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

const fontFiles: Record<FontStyle, string> = {
  regular: '@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf',
  bold: '@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf',
  italic: '@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf',
  boldItalic: '@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf',
};

const fontStyles = Object.keys(fontFiles) as FontStyle[];

let parsedFonts: Record<FontStyle, FontkitFont> | null = null;

function tinos(): Record<FontStyle, FontkitFont> {
  if (!parsedFonts) {
    const resolve = createRequire(import.meta.url).resolve;
    const load = (style: FontStyle) => {
      const font = create(readFileSync(resolve(fontFiles[style])));
      // Make every character's glyph now, each with its code point. Otherwise subsetting a document
      // builds an accented letter's base glyph ("O" for "Ộ") without a code point, fontkit keeps that
      // glyph for good, and later documents write "O" with no text behind it (copy and search lose it).
      for (const codePoint of font.characterSet) font.glyphForCodePoint(codePoint);
      return font;
    };
    parsedFonts = {
      regular: load('regular'),
      bold: load('bold'),
      italic: load('italic'),
      boldItalic: load('boldItalic'),
    };
  }
  return parsedFonts;
}

export const styleOf = (bold: boolean | undefined, italic: boolean | undefined): FontStyle =>
  bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular';

/**
 * pdfkit shapes every word it draws (fontkit's layout, ~30 µs a word) and remembers the result
 * only for one document. Sharing those shaped runs across documents removes most of the work of a
 * warm render. The runs are read-only once made (pdfkit copies a position before changing it), and
 * they hold glyphs of the shared parsed fonts, so they are valid in any document. This leans on
 * pdfkit's EmbeddedFont.layoutCache (0.20); should it disappear, fonts stay correct, only slower.
 */
type ShapedRuns = Record<string, unknown>;
const newShapedRuns = (): Record<FontStyle, ShapedRuns> => ({
  regular: Object.create(null) as ShapedRuns,
  bold: Object.create(null) as ShapedRuns,
  italic: Object.create(null) as ShapedRuns,
  boldItalic: Object.create(null) as ShapedRuns,
});
let shapedRuns = newShapedRuns();
const SHAPED_RUNS_LIMIT = 50_000;
let documentsSinceSizeCheck = 0;

/** Selects a face and size for drawing, with the shaped runs shared across documents. */
export function useFont(doc: PdfDocument, style: FontStyle, size: number): void {
  doc.font(style).fontSize(size);
  const font = (doc as unknown as { _font?: { layoutCache?: ShapedRuns } })._font;
  if (font?.layoutCache && font.layoutCache !== shapedRuns[style]) font.layoutCache = shapedRuns[style];
}

/** Registers the faces under their style names, so `doc.font('bold')` picks Tinos Bold. */
export function registerFonts(doc: PdfDocument): void {
  if (++documentsSinceSizeCheck >= 100) {
    // Bounded for a long-running server: forget everything once the shared runs grow large.
    documentsSinceSizeCheck = 0;
    if (fontStyles.some((style) => Object.keys(shapedRuns[style]).length > SHAPED_RUNS_LIMIT))
      shapedRuns = newShapedRuns();
  }
  const fonts = tinos();
  for (const style of fontStyles) {
    // pdfkit's font factory takes any object with a layout() method as a parsed fontkit font;
    // its type declarations only list file sources, hence the cast.
    doc.registerFont(style, fonts[style] as unknown as Buffer);
  }
}

/**
 * Widths per point of font size, remembered across documents: the same words (names, legal bases,
 * boilerplate) come back in every document, and shaping a word costs ~30 µs. Bounded so a long-running
 * server does not grow without end.
 */
const widthCache = new Map<string, number>();
const WIDTH_CACHE_LIMIT = 100_000;

/** The advance width of text (one word; no spaces expected) exactly as pdfkit will draw it. */
export function textWidth(text: string, style: FontStyle, size: number): number {
  const key = `${style}\u0000${text}`;
  let perPoint = widthCache.get(key);
  if (perPoint === undefined) {
    const font = tinos()[style];
    perPoint = font.layout(text).advanceWidth / font.unitsPerEm;
    if (widthCache.size >= WIDTH_CACHE_LIMIT) widthCache.clear();
    widthCache.set(key, perPoint);
  }
  return perPoint * size;
}
