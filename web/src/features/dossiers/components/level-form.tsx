import { useMemo } from 'react';
import { Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RegimeId } from '#shared/regimes/regime.schemas.js';
import { defaultRegimes } from '#shared/regimes/regimes.js';
import { determineLevel } from '#shared/regimes/determine-level.js';
import { useFormat } from '../../../lib/format.js';
import { useServerAssessment } from '../api/level-assessment.js';
import { guidedQuestions, type LevelDraft } from './level-questions.js';
import { LevelQuestions } from './level-questions-form.js';
import { LevelResult, type ResultSource } from './level-result.js';

interface LevelFormProps {
  regime: RegimeId;
  draft: LevelDraft;
  onChange: (draft: LevelDraft) => void;
  idPrefix: string;
  /** Narrow layouts (a dossier tab with several systems) put the result under the questions. */
  stacked?: boolean;
}

/**
 * The guided level determination: only the questions that matter for the answers so far, and the
 * result with every matched rule, live. The browser evaluates the regime's rules at once (shared
 * determineLevel); the server confirms a moment later and its answer wins where they differ.
 */
export function LevelForm({ regime, draft, onChange, idPrefix, stacked }: LevelFormProps) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const rules = defaultRegimes[regime].rules;
  const guided = useMemo(() => guidedQuestions(rules, draft), [rules, draft]);
  const local = useMemo(
    () => (guided.complete ? determineLevel(rules, guided.complete) : null),
    [rules, guided.complete],
  );
  const server = useServerAssessment(regime, guided.complete);

  const confirmed = server.state === 'confirmed' ? server.result : null;
  const shown = confirmed ?? local;
  const source: ResultSource = confirmed
    ? 'server'
    : server.state === 'unavailable'
      ? 'unavailable'
      : server.state === 'checking'
        ? 'checking'
        : 'local';

  const questions = (
    <Card
      size="small"
      title={t('ui.levelForm.questionsTitle')}
      extra={<span className="card-hint">{defaultRegimes[regime].name[locale]}</span>}
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('ui.levelForm.intro')}
      </Typography.Paragraph>
      <LevelQuestions visible={guided.visible} draft={draft} onChange={onChange} idPrefix={idPrefix} />
    </Card>
  );
  const result = (
    <Card size="small" title={t('ui.levelForm.resultTitle')} className={stacked ? undefined : 'sticky-panel'}>
      <LevelResult
        level={shown?.level ?? null}
        matchedRules={shown?.matchedRules ?? []}
        source={source}
        incomplete={!guided.complete}
      />
    </Card>
  );
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} {...(stacked ? { xl: 14 } : { lg: 14 })}>
        {questions}
      </Col>
      <Col xs={24} {...(stacked ? { xl: 10 } : { lg: 10 })}>
        {result}
      </Col>
    </Row>
  );
}
