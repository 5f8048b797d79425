import { theme } from 'antd';

/**
 * antd's default colours with every text at a contrast of at least 4.5:1 (WCAG 2 AA, checked by axe-core
 * in the browser tests, docs/accessibility.md). antd's own blue (#1677ff) is 4.0:1 with white, its muted
 * greys (45 % and 25 % black) 2.5:1 and 1.6:1, and its tags write in shade 7 of each colour on shade 1
 * (green: 3.0:1, gold: 2.6:1). The same hues, darker.
 */
const defaults = theme.getDesignToken();

export const accessibleColors = {
  // Blue 7: 6.2:1 with white, as the buttons' background and as the links' colour.
  colorPrimary: defaults.blue7,
  colorInfo: defaults.blue7,
  colorLink: defaults.blue7,
  // antd derives hover from the primary colour by lightening it (4.2:1 with white); a pointer resting on a button or
  // link that just appeared under it shows the hover colour, so it darkens instead.
  colorPrimaryHover: defaults.blue8,
  colorPrimaryActive: defaults.blue9,
  colorLinkHover: defaults.blue8,
  colorLinkActive: defaults.blue9,
  // Written as text too (form errors, Typography type="danger" / "warning" / "success"): 5.6:1, 7.0:1, 5.5:1.
  colorError: defaults.red7,
  colorWarning: defaults.gold9,
  colorSuccess: defaults.green8,
  colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
  colorTextDescription: 'rgba(0, 0, 0, 0.6)',
  colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
  // Placeholders read as hints, not as a filled value, and still 4.7:1.
  colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
};

const tagHues = [
  'blue',
  'purple',
  'cyan',
  'green',
  'magenta',
  'pink',
  'red',
  'orange',
  'yellow',
  'volcano',
  'geekblue',
  'lime',
  'gold',
] as const;
// The yellows stay too light at shade 8.
const darkerHues = new Set<string>(['orange', 'yellow', 'lime', 'gold']);

/** An empty table's message says something ("no unit under this one"): readable, not the grey of a disabled control. */
export const accessibleTableColors = { colorTextDisabled: 'rgba(0, 0, 0, 0.6)' };

/** Tags write in shade 8 (9 for the yellows) of their colour, and the status tags likewise. */
export const accessibleTagColors = {
  ...Object.fromEntries(tagHues.map((hue) => [`${hue}7`, defaults[`${hue}${darkerHues.has(hue) ? 9 : 8}`]])),
  colorSuccess: defaults.green8,
  colorWarning: defaults.gold9,
  colorError: defaults.red8,
  colorInfo: defaults.blue8,
};
