import { Alert, Empty, Flex, Space, Spin, Tag, Typography } from 'antd';
import { CheckCircleOutlined, CloudOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { MatchedRule } from '#shared/regimes/determine-level.js';
import { useFormat } from '../../../lib/format.js';

/** provisional: questions remain, the rules shown match whatever they say. */
export type ResultSource = 'provisional' | 'local' | 'checking' | 'server' | 'unavailable' | 'stored';

interface LevelResultProps {
  level: number | null;
  matchedRules: MatchedRule[];
  source: ResultSource;
  /** Why no level yet (answers missing), shown instead of the result. */
  incomplete?: boolean;
  /** Questions still unanswered (provisional result). */
  remaining?: number;
  /** The highest level the unanswered questions could still lead to. */
  highestPossible?: number | null;
}

/** The level and every rule that matched, with its legal citation; the highest one decides. */
export function LevelResult({ level, matchedRules, source, incomplete, remaining, highestPossible }: LevelResultProps) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  if (incomplete) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ui.levelForm.incomplete')} />;
  const sourceNote = {
    provisional: null,
    local: null,
    checking: (
      <Flex gap={6} align="center">
        <Spin size="small" /> {t('ui.levelForm.checking')}
      </Flex>
    ),
    server: (
      <>
        <CheckCircleOutlined aria-hidden /> {t('ui.levelForm.confirmed')}
      </>
    ),
    unavailable: (
      <>
        <CloudOutlined aria-hidden /> {t('ui.levelForm.localOnly')}
      </>
    ),
    stored: null,
  }[source];
  return (
    <div aria-live="polite" data-testid="level-result">
      <Flex align="center" gap={12} wrap style={{ marginBottom: 12 }}>
        {level === null ? (
          <Tag style={{ fontSize: 15, padding: '4px 10px' }}>{t('ui.levelForm.noLevel')}</Tag>
        ) : (
          <Tag
            color="blue"
            icon={<SafetyCertificateOutlined aria-hidden />}
            style={{ fontSize: 16, padding: '4px 12px' }}
            data-testid="level-value"
          >
            {t('domain.level', { level })}
          </Tag>
        )}
        {sourceNote && (
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {sourceNote}
          </Typography.Text>
        )}
      </Flex>
      {source === 'provisional' && (
        <Alert
          type="info"
          showIcon
          data-testid="level-provisional"
          title={t('ui.levelForm.provisional', { count: remaining ?? 0 })}
          description={
            highestPossible && highestPossible !== level
              ? t('ui.levelForm.highestPossible', { level: highestPossible })
              : undefined
          }
          style={{ marginBottom: 12 }}
        />
      )}
      {level === null && source !== 'provisional' && (
        <Alert type="warning" showIcon title={t('ui.levelForm.noRuleMatched')} style={{ marginBottom: 12 }} />
      )}
      {matchedRules.length > 0 && (
        <>
          <Typography.Text strong>{t('ui.levelForm.matchedRules', { count: matchedRules.length })}</Typography.Text>
          <ol className="rule-list">
            {matchedRules.map((rule, index) => (
              <li key={rule.ruleId} data-testid="matched-rule" data-rule-id={rule.ruleId}>
                <Space size={[6, 4]} wrap>
                  <Tag>{rule.ruleId}</Tag>
                  <Tag color={index === 0 ? 'blue' : undefined}>{t('domain.level', { level: rule.level })}</Tag>
                  {index === 0 && <Typography.Text type="secondary">{t('ui.levelForm.decisive')}</Typography.Text>}
                </Space>
                <Typography.Text strong style={{ display: 'block', marginTop: 4 }}>
                  {rule.citation[locale]}
                </Typography.Text>
                <Typography.Text>{rule.explanation[locale]}</Typography.Text>
              </li>
            ))}
          </ol>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t('ui.levelForm.highestWins')}
          </Typography.Text>
        </>
      )}
    </div>
  );
}
