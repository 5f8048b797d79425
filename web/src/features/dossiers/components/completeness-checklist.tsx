import { Alert, Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type {
  CompletenessTab,
  DossierCompleteness,
  MissingItem,
} from '#shared/dossiers/dossier-completeness.schemas.js';
import { completenessTabs } from '#shared/dossiers/dossier-completeness.schemas.js';
import { useFormat } from '../../../lib/format.js';

/**
 * Where a missing part is filled in on its tab, as a CSS selector: the ids the tabs give their fields
 * (text-fields.tsx: `${idPrefix}-${key}`), a requirement group's note, a system's level card.
 */
export function targetOf(key: string, systemIds: readonly string[]): string | undefined {
  const system = /^systems\[(\d+)\]\.answers$/.exec(key);
  if (system) {
    const id = systemIds[Number(system[1])];
    return id ? `[data-testid="system-level"][data-system-id="${id}"]` : undefined;
  }
  // The level tab's confirmation, else the first system's questions.
  if (key === 'levelAnswersConfirmedAt') return '[data-testid="answers-confirmation"], [data-testid="system-level"]';
  const path = key.startsWith('content.') ? key.slice('content.'.length).split('.') : [];
  const [section, second, third] = path;
  if (section === 'overview') return `#overview-${second}`;
  if (section === 'design') return `#design-${second}`;
  if (section === 'highLevelAnalysis') return `#high-level-${second}`;
  if (section === 'levelExplanation' || section === 'riskIdentification') return `#level-${section}`;
  if (section === 'securityPlan' && second === 'parts') return `#plan-${third}`;
  if (section === 'securityPlan' && second === 'requirements') return `#requirement-note-${third}`;
  return undefined;
}

/** Brings the field into view once its tab has rendered it (a tab opened for the first time renders later). */
function focusWhenShown(selector: string, triesLeft = 20) {
  const element = document.querySelector<HTMLElement>(selector);
  if (element) {
    element.scrollIntoView?.({ behavior: 'smooth', block: 'center' });
    element.focus({ preventScroll: true });
  } else if (triesLeft > 0) {
    window.setTimeout(() => focusWhenShown(selector, triesLeft - 1), 50);
  }
}

interface CompletenessChecklistProps {
  completeness: DossierCompleteness;
  systemIds: readonly string[];
  /** Opens a tab of the dossier page. */
  onOpenTab: (tab: CompletenessTab) => void;
}

/**
 * What the dossier still lacks before it can be submitted, as the server computed it from the saved
 * dossier: each part a link to its tab and field, grouped by tab.
 */
export function CompletenessChecklist({ completeness, systemIds, onOpenTab }: CompletenessChecklistProps) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  if (completeness.complete) {
    return (
      <Alert
        type="success"
        showIcon
        // Not an alert: nothing went wrong, and it changes with every save.
        role="status"
        title={t('ui.dossier.completeness.complete')}
        style={{ marginBottom: 16 }}
        data-testid="completeness-checklist"
      />
    );
  }

  const open = (item: MissingItem) => {
    onOpenTab(item.tab);
    const target = targetOf(item.key, systemIds);
    if (target) focusWhenShown(target);
  };
  const byTab = completenessTabs
    .map((tab) => ({ tab, items: completeness.missing.filter((item) => item.tab === tab) }))
    .filter(({ items }) => items.length > 0);

  return (
    <Alert
      type="warning"
      showIcon
      // A list to work through, not an alert: a screen reader would otherwise read it out after every save.
      role="region"
      aria-label={t('ui.dossier.completeness.title')}
      style={{ marginBottom: 16 }}
      data-testid="completeness-checklist"
      title={t('ui.dossier.completeness.title')}
      description={
        <>
          <Typography.Paragraph style={{ marginBottom: 8 }}>
            {t('ui.dossier.completeness.missingCount', { count: completeness.missing.length })}
          </Typography.Paragraph>
          {byTab.map(({ tab, items }) => (
            <section key={tab} aria-label={t(`ui.dossier.tabs.${tab}`)}>
              <Typography.Text strong>{t(`ui.dossier.tabs.${tab}`)}</Typography.Text>
              <ul className="plain-list compact-list">
                {items.map((item) => (
                  <li key={item.key} data-missing-key={item.key}>
                    {/* The alert's own text colour, underlined: antd's link blue lacks contrast on its yellow. */}
                    <Button
                      type="link"
                      size="small"
                      style={{ paddingInline: 0, color: 'inherit', textDecoration: 'underline' }}
                      onClick={() => open(item)}
                    >
                      {item.label[locale]}
                    </Button>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      }
    />
  );
}
