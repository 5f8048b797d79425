import type { Writable } from 'node:stream';
import type { Response } from 'express';

/** The whole file in memory, or a writer that streams it into the response and ends it (a large XLSX). */
type FileBody = { bytes: Buffer } | { write: (out: Writable) => Promise<void> };

type FileInit = FileBody & {
  fileName: string;
  mediaType: string;
  /** Shown in the browser (a PDF preview) instead of downloaded. */
  inline?: boolean;
  /**
   * A file that never changes once made (an issued document, its SHA-256): sent with this ETag, revalidated on
   * every use instead of never kept, and a request that already holds it gets 304 with no body.
   */
  etag?: string;
};

/**
 * What a handler returns to answer with a file instead of JSON; mount() sends it. An endpoint whose
 * contract answers only files (response: fileResponseSchema) can return nothing else.
 */
export class FileResponse {
  constructor(readonly file: FileInit) {}
}

/** RFC 6266 / 5987: an ASCII fallback and the exact UTF-8 name. */
function contentDisposition(fileName: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*!]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * Sends a file, never cached (one with an ETag: kept, but checked again each time). An inline PDF gets its
 * own CSP: the app's "object-src 'none'" would stop the browser's PDF viewer in the preview frame.
 */
export async function sendFileResponse(res: Response, status: number, { file }: FileResponse): Promise<void> {
  res.status(status).set({
    'Content-Type': file.mediaType,
    'Content-Disposition': contentDisposition(file.fileName, file.inline ? 'inline' : 'attachment'),
    'Cache-Control': file.etag ? 'private, no-cache' : 'private, no-store',
  });
  if (file.inline)
    res.set(
      'Content-Security-Policy',
      "default-src 'none'; object-src 'self'; plugin-types application/pdf; frame-ancestors 'self'",
    );
  if (file.etag) {
    const etag = `"${file.etag}"`;
    res.set('ETag', etag);
    const held = res.req.headers['if-none-match'];
    if (held && held.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
      res.status(304).end();
      return;
    }
  }
  if ('bytes' in file) {
    res.set('Content-Length', String(file.bytes.length)).end(file.bytes);
    return;
  }
  try {
    await file.write(res);
  } catch (error) {
    // The headers are out: the error handler can no longer answer, so cut the download short
    // (the browser reports a failed download rather than waiting for the rest).
    res.destroy();
    throw error;
  }
}
