import PDFDocument from 'pdfkit';
import type { DocumentModel } from '#templates/document-model.js';
import { safeText } from '../safe-text.js';
import type { PdfDocument } from './pdf-types.js';

/**
 * The pdfkit document for a model: its properties (title, author = the issuing body, creator capdo,
 * language vi-VN) and, for an issued document, PDF/A-2b for the electronic archive: pdfkit then adds
 * the XMP identification (pdfaid:part 2, conformance B) and the sRGB output intent; the fonts are
 * embedded TrueType subsets in any case. Drafts stay plain PDF 1.7.
 */
export function pdfDocumentFor(model: DocumentModel): PdfDocument {
  const doc = new PDFDocument({
    autoFirstPage: false,
    bufferPages: true,
    compress: true,
    // An empty default font: pdfkit would otherwise load Helvetica, which draws no Vietnamese.
    font: '',
    pdfVersion: '1.7',
    lang: 'vi-VN',
    displayTitle: true,
    ...(model.status === 'issued' ? { subset: 'PDF/A-2b' as const } : {}),
    info: { Title: safeText(model.title), Author: safeText(model.author), Creator: 'capdo' },
  });
  escapeXmpProperties(doc);
  return doc;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char]!);

interface XmpWriter {
  info: Record<string, unknown>;
  /** pdfkit's method that writes the properties into the XMP packet, with the document as `this`. */
  _addInfo?: () => void;
}

/**
 * pdfkit 0.20 copies the properties into the XMP packet (written from PDF 1.4 on) without escaping
 * them: a title with "&" or "<" would make the packet malformed XML, which PDF/A forbids and readers
 * reject. The packet is written from escaped copies; the Info dictionary, written before it, keeps
 * the text as it is. Should pdfkit rename _addInfo, this does nothing and titles stay unescaped.
 */
function escapeXmpProperties(doc: PdfDocument): void {
  const writer = doc as unknown as XmpWriter;
  const addInfo = writer._addInfo;
  if (typeof addInfo !== 'function') return;
  writer._addInfo = () => {
    const info = writer.info;
    writer.info = Object.fromEntries(
      Object.entries(info).map(([key, value]) => [key, typeof value === 'string' ? escapeXml(value) : value]),
    );
    try {
      addInfo.call(writer);
    } finally {
      writer.info = info;
    }
  };
}
