export const MAX_FILE_NAME = 200;

/**
 * A name safe to store and to send back in Content-Disposition: NFC; no directories; no control,
 * invisible or bidirectional-override characters (which make "gpj.exe" read as "exe.jpg"); none of
 * <>:"/\|?*; single spaces; no leading dots; at most 200 characters; and the extension of the type
 * the content really is, whatever the name claimed.
 */
export function sanitiseFileName(raw: string, extension: string): string {
  let name = raw.normalize('NFC');
  name = name.split(/[\\/]/).pop() ?? '';
  name = name
    .replace(/[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g, '')
    .replace(/[<>:"/\\|?*]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  const dot = name.lastIndexOf('.');
  if (dot > 0 && /^[\p{L}\p{N}]{1,10}$/u.test(name.slice(dot + 1))) name = name.slice(0, dot).replace(/[.\s]+$/, '');
  const characters = Array.from(name || 'tep-dinh-kem');
  const base = characters
    .slice(0, MAX_FILE_NAME - extension.length - 1)
    .join('')
    .trim();
  return `${base}.${extension}`;
}

/** RFC 6266 / 5987: an ASCII fallback and the exact UTF-8 name. */
export function contentDisposition(fileName: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
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
