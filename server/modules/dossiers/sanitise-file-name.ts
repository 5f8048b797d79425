const MAX_FILE_NAME = 200;

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
    // eslint-disable-next-line no-control-regex -- matching control characters is the point: they are removed
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
