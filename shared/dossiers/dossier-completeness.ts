import { locales, lookup, type Locale } from '../i18n/translate.js';
import type { LocalisedText, Regime, RequirableDossierItem } from '../regimes/regime.schemas.js';
import { defaultRegimes } from '../regimes/regimes.js';
import type { CompletenessTab, DossierCompleteness, MissingItem } from './dossier-completeness.schemas.js';
import type { DossierContent } from './dossiers.schemas.js';

export interface CompletenessInput {
  regime: Regime;
  content: DossierContent;
  /** In the order the dossier lists them: a missing level is named systems[i].answers. */
  systems: ReadonlyArray<{ name: string; proposedLevel: number | null }>;
  /** The highest proposed level; null while no system has one. */
  proposedLevel: number | null;
  levelAnswersConfirmedAt: Date | string | null;
  attachmentCount: number;
}

const filled = (text: string | undefined) => Boolean(text?.trim());

/** The same catalogue text in both languages; a part's label is "section: field". */
const localised = (keys: string[], vars: Record<string, string> = {}): LocalisedText =>
  Object.fromEntries(
    locales.map((locale: Locale) => [
      locale,
      keys.map((key) => lookup(locale, `ui.dossier.${key}`, vars) ?? key).join(': '),
    ]),
  ) as LocalisedText;

/**
 * localised, kept once made when it names no value: the server answers every save with the dossier's
 * completeness, and looking the same labels up again was about a twentieth of an autosave's time in the server.
 */
const fixedLabels = new Map<string, LocalisedText>();
function label(keys: string[], vars?: Record<string, string>): LocalisedText {
  if (vars) return localised(keys, vars);
  const id = keys.join('\n');
  let made = fixedLabels.get(id);
  if (!made) fixedLabels.set(id, (made = Object.freeze(localised(keys))));
  return made;
}

const sectionOf: Record<string, string> = {
  overview: 'sections.overview',
  design: 'sections.design',
  securityPlan: 'sections.securityPlan',
  highLevelAnalysis: 'sections.highLevelAnalysis',
};
const fieldKeyOf: Record<string, string> = {
  overview: 'overview',
  design: 'design',
  'securityPlan.parts': 'planParts',
  highLevelAnalysis: 'highLevel',
};

/** Where a content text is shown and how it is called: overview.scope, securityPlan.parts.operation, ... */
function textItem(item: RequirableDossierItem): { tab: CompletenessTab; label: LocalisedText } {
  if (item === 'levelExplanation') return { tab: 'level', label: label(['sections.levelExplanation']) };
  if (item === 'riskIdentification') return { tab: 'level', label: label(['fields.riskIdentification']) };
  const field = item.split('.').at(-1)!;
  const parent = item.slice(0, item.length - field.length - 1);
  const section = sectionOf[parent.split('.')[0]!]!;
  return {
    tab: parent.startsWith('securityPlan') ? 'plan' : 'overview',
    label: label([section, `${fieldKeyOf[parent]!}.${field}`]),
  };
}

const readText = (content: DossierContent, path: string): string | undefined =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], content) as
    string | undefined;

const tabOrder: CompletenessTab[] = ['overview', 'level', 'plan', 'attachments'];

/**
 * The parts the regime requires of a dossier at this proposed level (the screens mark them required);
 * without a level yet, those every level requires.
 */
export function requiredItems(regime: Regime, level: number | null): Set<RequirableDossierItem> {
  const required = regime.requiredForSubmission ?? defaultRegimes[regime.id].requiredForSubmission ?? [];
  const applies = (levels: number[]) =>
    level === null ? [1, 2, 3, 4, 5].every((l) => levels.includes(l)) : levels.includes(level);
  return new Set(required.filter(({ levels }) => applies(levels)).map(({ item }) => item));
}

/**
 * What a dossier still lacks before submission, by its regime's `requiredForSubmission` at its
 * proposed level (docs/domain.md#dossier-contents). A text counts once it holds more than spaces;
 * a requirement group once its entry has a note (the status alone defaults to "not implemented",
 * so only the note shows the unit considered the group); attachments once there is one file (they
 * have no kind: it stands for the design document). Every system needs a level and the officer's
 * confirmation of the answers. Without a level yet, only what every level requires is listed.
 * Ordered by tab, then as each tab shows its parts.
 */
export function dossierCompleteness(input: CompletenessInput): DossierCompleteness {
  const { regime, content } = input;
  const missing: MissingItem[] = [];

  input.systems.forEach((system, index) => {
    if (system.proposedLevel === null)
      missing.push({
        key: `systems[${index}].answers`,
        tab: 'level',
        label: label(['completeness.systemLevel'], { system: system.name }),
      });
  });
  if (!input.levelAnswersConfirmedAt)
    missing.push({ key: 'levelAnswersConfirmedAt', tab: 'level', label: label(['completeness.confirmation']) });

  for (const item of requiredItems(regime, input.proposedLevel)) {
    if (item === 'attachments') {
      if (input.attachmentCount === 0)
        missing.push({ key: 'attachments', tab: 'attachments', label: label(['completeness.attachments']) });
    } else if (item === 'securityPlan.requirements') {
      const groups = [...regime.requirementGroups.management, ...regime.requirementGroups.technical];
      for (const group of groups) {
        const entry = content.securityPlan.requirements.find((r) => r.groupKey === group.key);
        if (filled(entry?.note)) continue;
        const section = label(['sections.requirements']);
        missing.push({
          key: `content.securityPlan.requirements.${group.key}`,
          tab: 'plan',
          label: { vi: `${section.vi}: ${group.name.vi}`, en: `${section.en}: ${group.name.en}` },
        });
      }
    } else if (!filled(readText(content, item))) {
      missing.push({ key: `content.${item}`, ...textItem(item) });
    }
  }

  // Stable sort: each tab's parts keep the order above.
  missing.sort((a, b) => tabOrder.indexOf(a.tab) - tabOrder.indexOf(b.tab));
  return { complete: missing.length === 0, missing };
}
