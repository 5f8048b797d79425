import { officialFormat } from '#templates/official-format.js';

/**
 * Unit conversions and the page geometry of Decree 30, in the units WordprocessingML uses:
 * twips (1/20 pt) for lengths, half-points for font sizes.
 */

const TWIPS_PER_INCH = 1440;
const MM_PER_INCH = 25.4;

/** 1 mm = 56.6929 twips; rounded because OOXML lengths are integers (20 mm -> 1134, 30 mm -> 1701, 15 mm -> 850). */
export const mmToTwips = (mm: number): number => Math.round((mm * TWIPS_PER_INCH) / MM_PER_INCH);

export const ptToTwips = (pt: number): number => Math.round(pt * 20);

/** docx's `size` is in half-points (14 pt -> 28). */
export const ptToHalfPoints = (pt: number): number => Math.round(pt * 2);

/** Line spacing for the "auto" rule is in 240ths of a line (1.15 -> 276). */
export const lineMultipleToAuto = (multiple: number): number => Math.round(multiple * 240);

export type Orientation = 'portrait' | 'landscape';

export interface PageGeometry {
  orientation: Orientation;
  /** Always the portrait size: docx swaps width and height itself for a landscape section. */
  portraitWidth: number;
  portraitHeight: number;
  margins: { top: number; right: number; bottom: number; left: number };
  /** The width between the left and right margins, which tables share between their columns. */
  textWidth: number;
}

const A4_WIDTH = mmToTwips(officialFormat.page.widthMm); // 11906
const A4_HEIGHT = mmToTwips(officialFormat.page.heightMm); // 16838

function geometry(orientation: Orientation): PageGeometry {
  const source = orientation === 'portrait' ? officialFormat.margins : officialFormat.landscapeMargins;
  const margins = {
    top: mmToTwips(source.topMm),
    right: mmToTwips(source.rightMm),
    bottom: mmToTwips(source.bottomMm),
    left: mmToTwips(source.leftMm),
  };
  const pageWidth = orientation === 'portrait' ? A4_WIDTH : A4_HEIGHT;
  return {
    orientation,
    portraitWidth: A4_WIDTH,
    portraitHeight: A4_HEIGHT,
    margins,
    textWidth: pageWidth - margins.left - margins.right,
  };
}

/** Computed once per process: every document shares them. */
export const pageGeometry: Readonly<Record<Orientation, PageGeometry>> = {
  portrait: geometry('portrait'),
  landscape: geometry('landscape'),
};
