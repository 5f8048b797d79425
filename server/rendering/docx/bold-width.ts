import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type FontkitFont } from 'fontkit';
import { safeText } from '../safe-text.js';

/**
 * The width bold Times New Roman gives a line, measured with Tinos Bold (the same metrics, the face the
 * PDF embeds), so that a rule can be a share of the line above it as Decree 30 asks. Parsed once, on
 * first use.
 */

let tinosBold: FontkitFont | null = null;

const font = (): FontkitFont =>
  (tinosBold ??= create(
    readFileSync(createRequire(import.meta.url).resolve('@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf')),
  ));

/** The widest of the text's lines ("\n" breaks them), in twips, at the given size in points. */
export function widestBoldLineTwips(text: string, sizePt: number): number {
  const measure = font();
  const widest = Math.max(
    0,
    ...safeText(text)
      .split('\n')
      .map((line) => measure.layout(line.trim()).advanceWidth),
  );
  return Math.round((widest / measure.unitsPerEm) * sizePt * 20);
}
