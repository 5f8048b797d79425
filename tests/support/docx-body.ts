import { readParagraph, type Docx, type ParagraphInfo } from './docx-reader.js';
import { childNamed, childrenNamed, descendantsNamed, isOn, parseXml, type XmlElement } from './docx-xml.js';

/** The top level of a DOCX's body, for tests about what stands next to what (a paragraph and the closing). */

export interface TableRowInfo {
  cantSplit: boolean;
  tableHeader: boolean;
  paragraphs: ParagraphInfo[];
}

/** What the body holds at its top level, in order: paragraphs and tables (sectPr left out). */
export type BodyBlock =
  { kind: 'paragraph'; paragraph: ParagraphInfo } | { kind: 'table'; text: string; rows: TableRowInfo[] };

const rowOn = (trPr: XmlElement | undefined, name: string) => {
  const element = childNamed(trPr, name);
  return element !== undefined && isOn(element);
};

export function bodyBlocks(docx: Docx): BodyBlock[] {
  const body = childNamed(childNamed(parseXml(docx.documentXml, 'document.xml'), 'w:document'), 'w:body')!;
  return body.children.flatMap((node): BodyBlock[] => {
    if (typeof node === 'string') return [];
    if (node.name === 'w:p') return [{ kind: 'paragraph', paragraph: readParagraph(node, docx.styles) }];
    if (node.name !== 'w:tbl') return [];
    const rows = childrenNamed(node, 'w:tr').map((tr) => ({
      cantSplit: rowOn(childNamed(tr, 'w:trPr'), 'w:cantSplit'),
      tableHeader: rowOn(childNamed(tr, 'w:trPr'), 'w:tblHeader'),
      paragraphs: descendantsNamed(tr, 'w:p').map((p) => readParagraph(p, docx.styles)),
    }));
    const text = rows.flatMap((row) => row.paragraphs.map((paragraph) => paragraph.text)).join('\n');
    return [{ kind: 'table', text, rows }];
  });
}
