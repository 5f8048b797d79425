import type { ReactNode } from 'react';
import { Alert, Card, Descriptions, Flex, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Regime } from '#shared/regimes/regime.schemas.js';
import { useFormat } from '../../../lib/format.js';
import { clockSlots, levels } from './regime-clocks.js';
import { RulesTable } from './rules-table.js';
import { useRegimeText } from './use-regime-text.js';

const knownParts = ['rules', 'legalBases', 'standard', 'clocks', 'forms'] as const;
const isKnownPart = (part: string): part is (typeof knownParts)[number] =>
  (knownParts as readonly string[]).includes(part);

/** A regime as it stands: its dates and bases, every rule with its citation, its clocks and its forms by level. */
export function RegimeDetails({ regime, actions }: { regime: Regime; actions?: ReactNode }) {
  const { t } = useTranslation();
  const { locale, date } = useFormat();
  const text = useRegimeText();
  const unconfirmed = regime.unconfirmed.map((part) => (isKnownPart(part) ? t(`ui.regimes.parts.${part}`) : part));
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Flex justify="space-between" align="start" gap={12} wrap>
        <Space orientation="vertical" size={2}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {regime.name[locale]}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t('ui.regimes.effectiveFrom', { date: date(regime.effectiveFrom) })}
            {regime.newDossiersUntil &&
              ` · ${t('ui.regimes.newDossiersUntil', { date: date(regime.newDossiersUntil) })}`}
          </Typography.Text>
          {regime.standard && (
            <Typography.Text type="secondary">
              {t('ui.regimes.standard', { standard: regime.standard })}
            </Typography.Text>
          )}
        </Space>
        {actions}
      </Flex>
      {unconfirmed.length > 0 && (
        <Alert type="warning" showIcon title={t('ui.regimes.unconfirmed', { parts: unconfirmed.join(', ') })} />
      )}
      <Card size="small" title={t('ui.regimes.legalBases')}>
        <ol style={{ margin: 0, paddingInlineStart: 20 }}>
          {regime.legalBases.map((basis) => (
            <li key={basis}>{basis}</li>
          ))}
        </ol>
      </Card>
      <Card size="small" title={t('ui.regimes.rulesTitle', { count: regime.rules.length })}>
        <Typography.Paragraph type="secondary">{t('ui.regimes.rulesHelp')}</Typography.Paragraph>
        <RulesTable rules={regime.rules} />
      </Card>
      <Card size="small" title={t('ui.regimes.clocksTitle')}>
        <Descriptions
          size="small"
          column={1}
          bordered
          items={clockSlots.map((slot) => ({
            key: slot.key,
            label: text.clockName(slot),
            children: text.clockLength(slot.of(regime)),
          }))}
        />
      </Card>
      <Card size="small" title={t('ui.regimes.formsTitle')}>
        <Descriptions
          size="small"
          column={1}
          bordered
          items={levels.map((level) => ({
            key: level,
            label: t('domain.level', { level }),
            children: (
              <ol style={{ margin: 0, paddingInlineStart: 20 }}>
                {regime.forms[level].map((form) => (
                  <li key={form}>{t(`ui.regimes.forms.${form}`)}</li>
                ))}
              </ol>
            ),
          }))}
        />
      </Card>
    </Space>
  );
}
