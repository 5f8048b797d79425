import { Header, PageNumber, PageOrientation, Paragraph, TextRun, type FileChild, type ISectionOptions } from 'docx';
import { officialFormat } from '#templates/official-format.js';
import { draftMark } from './draft-mark.js';
import { paragraph } from './paragraphs.js';
import { FONT } from './text-runs.js';
import { mmToTwips, ptToHalfPoints, type PageGeometry } from './units.js';

/** Distance from the page edge to the page number (it sits in the top margin). */
const HEADER_DISTANCE = mmToTwips(10);

/** The page number, centred at the top (Decree 30). */
const pageNumberHeader = () =>
  new Header({
    children: [
      paragraph(
        [
          new TextRun({
            children: [PageNumber.CURRENT],
            font: FONT,
            size: ptToHalfPoints(officialFormat.size.pageNumber),
          }),
        ],
        { align: 'center' },
      ),
    ],
  });

/** A first page carries no number: an empty header of its own (with titlePg), or a draft's mark. */
const firstPageHeader = (draft: boolean) =>
  new Header({ children: draft ? [draftMark()] : [new Paragraph({ style: 'Compact' })] });

export interface SectionKind {
  /** The document's first section: its first page has no number, and a draft's mark. */
  first: boolean;
  /** An annex's first section: numbered from 1 on its own, its first page without a number. */
  annex: boolean;
  draft: boolean;
}

/**
 * One docx section for a run of pages of one orientation. The first section and an annex's have a
 * first page of their own without a number, and an annex counts its pages from 1 again, so its second
 * page shows "2" as the main text's does; a section that only turns the page to landscape continues the
 * numbering, its first page numbered like any other. Every section names its headers rather than
 * inheriting them, which LibreOffice does not always do.
 */
export function sectionOptions(page: PageGeometry, children: FileChild[], kind: SectionKind): ISectionOptions {
  const ownFirstPage = kind.first || kind.annex;
  return {
    properties: {
      ...(ownFirstPage ? { titlePage: true } : {}),
      page: {
        size: {
          // docx swaps these for a landscape section: always give the portrait size.
          width: page.portraitWidth,
          height: page.portraitHeight,
          orientation: page.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: { ...page.margins, header: HEADER_DISTANCE, footer: HEADER_DISTANCE, gutter: 0 },
        ...(kind.annex ? { pageNumbers: { start: 1 } } : {}),
      },
    },
    headers: ownFirstPage
      ? { default: pageNumberHeader(), first: firstPageHeader(kind.first && kind.draft) }
      : { default: pageNumberHeader() },
    // Word wants at least one paragraph in a section's body.
    children: children.length > 0 ? children : [new Paragraph({ style: 'Compact' })],
  };
}
