import type { Block, ClosingBlock, DocumentModel, HeaderBlock } from '#templates/document-model.js';

/** Small models for the renderer tests: a header, a title and whatever body the test needs. */

/** A model of exactly these blocks (no header added), issued unless told otherwise. */
export const modelOf = (blocks: Block[], status: DocumentModel['status'] = 'issued'): DocumentModel => ({
  fileName: 'x',
  title: 'x',
  author: 'Sở Thông tin và Truyền thông',
  status,
  blocks,
});

const issuedHeader: HeaderBlock = {
  kind: 'header',
  parentBody: 'UBND TỈNH THANH HÓA',
  issuingBody: 'SỞ THÔNG TIN VÀ\nTRUYỀN THÔNG',
  numberLine: 'Số: 05/QĐ-STTTT',
  letterSubject: null,
  placeAndDate: 'Thanh Hóa, ngày 05 tháng 3 năm 2026',
};

/** A draft's header: the number and the day and month left blank for the clerk. */
const draftHeader: HeaderBlock = {
  ...issuedHeader,
  numberLine: 'Số:      /TTr-STTTT',
  placeAndDate: 'Thanh Hóa, ngày      tháng      năm 2026',
};

export const closing: ClosingBlock = {
  kind: 'closing',
  recipients: ['- Như Điều 3;', '- UBND tỉnh (để báo cáo);', '- Lưu: VT, PCNTT.'],
  signature: { authorityLine: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', signerName: 'Lê Văn Ký' },
};

/** `count` short lines in one paragraph, each ended by "\n": filler that moves what follows it line by line. */
export const fillerLines = (count: number): Block[] =>
  count === 0
    ? []
    : [
        {
          kind: 'paragraph',
          indent: false,
          text: Array.from({ length: count }, (_, index) => `Dòng đệm số ${index + 1}`).join('\n'),
        },
      ];

const PROSE = ['nội', 'dung', 'của', 'văn', 'bản', 'hành', 'chính'];

/** Prose of `words` words ending with `end`, so that a test can find its last line. */
export const prose = (words: number, end: string) =>
  `${Array.from({ length: words }, (_, index) => PROSE[index % PROSE.length]).join(' ')} ${end}`;

export const documentModel = (blocks: Block[], status: DocumentModel['status'] = 'issued'): DocumentModel => ({
  fileName: 'bo-cuc',
  title: 'Quyết định về bố cục & trang <thử>',
  author: 'Sở Thông tin và Truyền thông tỉnh Thanh Hóa',
  status,
  blocks: [status === 'draft' ? draftHeader : issuedHeader, ...blocks],
});
