/**
 * A browser's User-Agent reduced to what a person recognises in their list of sessions: the browser and
 * the system ("Chrome", "Windows"). Order matters: Edge, Opera and Cốc Cốc also say "Chrome", every
 * Chromium says "Safari", and Android says "Linux". Anything unknown is null (the page says so).
 */
const browsers: Array<[name: string, pattern: RegExp]> = [
  ['Edge', /\bEdg(?:e|A|iOS)?\//],
  ['Opera', /\bOPR\/|\bOpera\b/],
  ['Cốc Cốc', /\bcoc_coc_browser\//i],
  ['Samsung Internet', /\bSamsungBrowser\//],
  ['Firefox', /\b(?:Firefox|FxiOS)\//],
  ['Chrome', /\b(?:Chrome|CriOS|Chromium)\//],
  ['Safari', /\bVersion\/[\d.]+.*\bSafari\//],
];

const systems: Array<[name: string, pattern: RegExp]> = [
  ['Windows', /\bWindows\b/],
  ['Android', /\bAndroid\b/],
  ['iOS', /\b(?:iPhone|iPad|iPod)\b/],
  ['macOS', /\bMac OS X\b|\bMacintosh\b/],
  ['ChromeOS', /\bCrOS\b/],
  ['Linux', /\bLinux\b/],
];

const firstMatch = (list: Array<[string, RegExp]>, userAgent: string) =>
  list.find(([, pattern]) => pattern.test(userAgent))?.[0] ?? null;

export function summariseUserAgent(userAgent: string): { browser: string | null; os: string | null } {
  return { browser: firstMatch(browsers, userAgent), os: firstMatch(systems, userAgent) };
}
