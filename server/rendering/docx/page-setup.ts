import {
  AlignmentType,
  Header,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type FileChild,
  type ISectionOptions,
} from 'docx';
import { officialFormat } from '#templates/official-format.js';
import { FONT } from './text-runs.js';
import { mmToTwips, ptToHalfPoints, type PageGeometry } from './units.js';

/** Distance from the page edge to the page number (it sits in the top margin). */
const HEADER_DISTANCE = mmToTwips(10);

/** The page number, centred at the top (Decree 30). */
const pageNumberHeader = () =>
  new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: [PageNumber.CURRENT],
            font: FONT,
            size: ptToHalfPoints(officialFormat.size.pageNumber),
          }),
        ],
      }),
    ],
  });

/** The first page carries no number: an empty header of its own (with titlePg on the first section). */
const emptyHeader = () => new Header({ children: [new Paragraph({})] });

/**
 * One docx section for a run of pages of one orientation. Only the first section has a different
 * first page: the first page of a later (landscape annex) section is numbered like any other.
 * Every section names its header rather than inheriting it, which LibreOffice does not always do.
 */
export function sectionOptions(page: PageGeometry, children: FileChild[], first: boolean): ISectionOptions {
  return {
    properties: {
      ...(first ? { titlePage: true } : {}),
      page: {
        size: {
          // docx swaps these for a landscape section: always give the portrait size.
          width: page.portraitWidth,
          height: page.portraitHeight,
          orientation: page.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: { ...page.margins, header: HEADER_DISTANCE, footer: HEADER_DISTANCE, gutter: 0 },
      },
    },
    headers: first ? { default: pageNumberHeader(), first: emptyHeader() } : { default: pageNumberHeader() },
    // Word wants at least one paragraph in a section's body.
    children: children.length > 0 ? children : [new Paragraph({})],
  };
}
