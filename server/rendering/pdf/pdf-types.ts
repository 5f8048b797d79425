import type {} from 'pdfkit';

/**
 * The pdfkit document type. @types/pdfkit declares it in a global namespace that only exists once
 * the module is part of the program; importing it here makes every file that uses it self-contained.
 */
export type PdfDocument = PDFKit.PDFDocument;

export type Align = 'justify' | 'center' | 'left' | 'right';
