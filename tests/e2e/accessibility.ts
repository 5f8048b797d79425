import { appendFile } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * axe-core on what the page shows now: WCAG 2.0-2.2 A and AA rules plus axe's best practices (landmarks,
 * headings). A serious or critical finding fails the test; the message names each rule, its impact and the
 * elements it found. Call it right after a navigation or after a dialog, drawer or tab opens:
 *
 *   await page.getByRole('heading', { level: 1, name: 'Hồ sơ' }).waitFor();
 *   await expectNoSeriousViolations(page, 'dossier list');
 *
 * E2E_AXE_LOG=<file> also appends every finding of any impact to that file, one JSON line each, to review
 * the moderate and minor ones (they do not fail a test).
 */
type Result = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const FAILING_IMPACTS = new Set(['serious', 'critical']);

export interface AxeScanOptions {
  /** Only this part of the page, e.g. '.ant-modal' for a dialog. */
  include?: string;
  /** Parts left out, e.g. a third-party widget the app does not draw. */
  exclude?: string[];
}

async function axeViolations(page: Page, options: AxeScanOptions = {}): Promise<Result[]> {
  let builder = new AxeBuilder({ page }).withTags(TAGS);
  if (options.include) builder = builder.include(options.include);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const results = await builder.analyze();
  return results.violations;
}

/** One line per rule: "color-contrast (serious): 3 elements: .ant-tag | td > span | ... — help text". */
function describeViolations(violations: Result[]): string {
  return violations
    .map((violation) => {
      const targets = violation.nodes.map((node) => node.target.map(String).join(' >> '));
      const shown = targets.slice(0, 6).join(' | ') + (targets.length > 6 ? ` | +${targets.length - 6} more` : '');
      const impact = violation.impact ?? 'unknown';
      return `${violation.id} (${impact}): ${targets.length} element(s): ${shown} — ${violation.help}`;
    })
    .join('\n');
}

export async function expectNoSeriousViolations(page: Page, label: string, options: AxeScanOptions = {}) {
  const violations = await axeViolations(page, options);
  if (process.env.E2E_AXE_LOG) {
    const lines = violations.map((violation) =>
      JSON.stringify({
        label,
        url: page.url(),
        id: violation.id,
        impact: violation.impact,
        nodes: violation.nodes.map((node) => ({
          target: node.target.map(String).join(' >> '),
          html: node.html.slice(0, 200),
          data: node.any[0]?.data as unknown,
          summary: node.failureSummary,
        })),
      }),
    );
    if (lines.length > 0) await appendFile(process.env.E2E_AXE_LOG, lines.join('\n') + '\n');
  }
  const englishNames = await englishIconNames(page);
  const serious = violations.filter((violation) => FAILING_IMPACTS.has(violation.impact ?? ''));
  expect(serious.length === 0 ? '' : describeViolations(serious), `accessibility of ${label} (${page.url()})`).toBe('');
  expect(englishNames, `names read out in English on ${label} (${page.url()})`).toEqual([]);
}

/**
 * What axe cannot tell: a name a screen reader reads in English rather than the person's language. antd's number
 * inputs call their step buttons "Increase Value" (hidden by patches/@rc-component+input-number+*.patch). antd's own
 * icons (a select's arrow "down", a pager's "left") are not checked yet: docs/accessibility.md, "Not done yet".
 */
async function englishIconNames(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of Array.from(document.querySelectorAll('[aria-label]'))) {
      const name = element.getAttribute('aria-label') ?? '';
      if (/^(Increase|Decrease) Value$/.test(name) && element.closest('[aria-hidden="true"]') === null) {
        found.push(`${element.tagName.toLowerCase()}.${Array.from(element.classList).join('.')} "${name}"`);
      }
    }
    return found;
  });
}
