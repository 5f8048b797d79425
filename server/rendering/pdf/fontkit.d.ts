/**
 * fontkit 2 ships without type declarations. Only what the PDF renderer uses is declared: parsing a
 * font file once, and laying out text to measure it the same way pdfkit does when it draws.
 */
declare module 'fontkit' {
  export interface FontkitGlyphRun {
    advanceWidth: number;
  }

  export interface FontkitFont {
    postscriptName: string;
    unitsPerEm: number;
    layout(text: string): FontkitGlyphRun;
    /** Every code point the font maps. */
    characterSet: number[];
    glyphForCodePoint(codePoint: number): unknown;
  }

  export function create(buffer: Uint8Array, postscriptName?: string): FontkitFont;
}
