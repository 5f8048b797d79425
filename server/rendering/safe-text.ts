/**
 * Text sanitiser shared by every document renderer (DOCX, PDF).
 *
 * Why: user-entered text reaches the renderers verbatim. Characters that XML 1.0 forbids make a DOCX
 * unopenable, invisible bidi/format controls can silently reorder or hide what a reader sees in a legal
 * document, and decomposed (NFD) Vietnamese renders with misplaced accents. After safeText the visible
 * text is unchanged and the output file is always well formed.
 */

// XML 1.0 forbids C0 controls other than TAB, LF and CR, and the non-characters U+FFFE/U+FFFF.
// Invisible bidi/format controls: LRM, RLM, the embeddings/overrides (U+202A-U+202E), the isolates
// (U+2066-U+2069) and the BOM / zero-width no-break space (U+FEFF).
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are removed
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;
// Lone surrogates (a high one not followed by a low one, or a low one not preceded by a high one) are
// not characters at all and break UTF-8 encoding.
const LONE_HIGH_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])/;
const LONE_LOW_SURROGATE = /(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const FORBIDDEN = new RegExp(`${CONTROLS.source}|${LONE_HIGH_SURROGATE.source}|${LONE_LOW_SURROGATE.source}`, 'g');

const LINE_BREAKS = /\r\n?/g;

/**
 * NFC-normalises, unifies line breaks to "\n" and removes characters that are invalid in XML 1.0 or invisible controls.
 */
export function safeText(text: string): string {
  // Remove first: normalising a string with lone surrogates is fine, but stripping after NFC keeps the
  // result NFC even if a removed control sat between a base letter and its combining mark.
  return text.replace(LINE_BREAKS, '\n').replace(FORBIDDEN, '').normalize('NFC');
}
