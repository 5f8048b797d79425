import { type Block, type DocumentModel, plainText } from '#templates/document-model.js';

/** The words a reader sees in one block, roughly as the renderers lay them out. */
function blockText(block: Block): string[] {
  switch (block.kind) {
    case 'header':
      return [
        block.parentBody ?? '',
        block.issuingBody,
        block.numberLine,
        block.letterSubject ?? '',
        block.placeAndDate,
      ];
    case 'title':
      return [block.type, block.subject ?? ''];
    case 'addressee':
      // The block carries the dashes and punctuation: "Kính gửi: X." or "Kính gửi: - X; - Y.".
      return [`Kính gửi: ${block.addressees.join(' ')}`];
    case 'authority':
      return [block.text];
    case 'legalBases':
      return block.lines;
    case 'paragraph':
    case 'heading':
      return [plainText(block.text)];
    case 'article':
      return [`Điều ${block.number}. ${block.title ? plainText(block.title) : ''}`, ...block.paragraphs.map(plainText)];
    case 'table':
      return [block.columns.map((column) => column.title).join(' | '), ...block.rows.map((row) => row.join(' | '))];
    case 'pageBreak':
      return [];
    case 'closing':
      return [
        ...(block.recipients ?? []),
        block.signature.authorityLine ?? '',
        block.signature.title,
        block.signature.signerName,
      ];
  }
}

/** All of a model's text, one line per line of the document, for assertions on wording. */
export const modelText = (model: DocumentModel) => model.blocks.flatMap(blockText).join('\n');

/** How often `needle` occurs in `text` (case-sensitive: "Phù hợp" is not "không phù hợp"). */
export const occurrences = (text: string, needle: string) => text.split(needle).length - 1;
