import { useMemo } from 'react';
import { Card, Col, Progress, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RegimeId } from '#shared/regimes/regime.schemas.js';
import { defaultRegimes } from '#shared/regimes/regimes.js';
import { determineLevel } from '#shared/regimes/determine-level.js';
import { useFormat } from '../../../lib/format.js';
import { useServerAssessment } from '../api/level-assessment.js';
import { guidedQuestions, reviseAnswers, type LevelDraft } from './level-questions.js';
import { LevelQuestions } from './level-questions-form.js';
import { LevelResult, type ResultSource } from './level-result.js';

interface LevelFormProps {
  regime: RegimeId;
  draft: LevelDraft;
  onChange: (draft: LevelDraft) => void;
  idPrefix: string;
  /** Narrow layouts (a dossier tab with several systems) put the result under the questions. */
  stacked?: boolean;
  /** Marks the questions still unanswered (the person tried to continue). */
  showUnanswered?: boolean;
}

/**
 * The guided level determination: only the questions that matter for the answers so far, none answered in
 * advance, and the result with every matched rule, live. The browser evaluates the regime's rules at once
 * (shared evaluateCondition/determineLevel); while questions remain it shows the rules that match whatever
 * they say. Once complete, the server confirms a moment later and its answer wins where they differ.
 */
export function LevelForm({ regime, draft, onChange, idPrefix, stacked, showUnanswered }: LevelFormProps) {
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
  const shown = confirmed ?? local ?? guided.provisional;
  const source: ResultSource = !guided.complete
    ? 'provisional'
    : confirmed
      ? 'server'
      : server.state === 'unavailable'
        ? 'unavailable'
        : server.state === 'checking'
          ? 'checking'
          : 'local';
  const total = guided.visible.length;
  const answered = total - guided.unanswered.length;

  const questions = (
    <Card
      size="small"
      title={t('ui.levelForm.questionsTitle')}
      extra={<span className="card-hint">{defaultRegimes[regime].name[locale]}</span>}
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('ui.levelForm.intro')}
      </Typography.Paragraph>
      <div style={{ marginBottom: 12 }} data-testid="level-progress">
        <Typography.Text aria-live="polite">{t('ui.levelForm.progress', { answered, total })}</Typography.Text>
        <Progress
          percent={total ? Math.round((answered / total) * 100) : 0}
          size="small"
          showInfo={false}
          aria-label={t('ui.levelForm.progress', { answered, total })}
        />
      </div>
      <LevelQuestions
        regime={defaultRegimes[regime]}
        visible={guided.visible}
        outranked={guided.outranked}
        unanswered={guided.unanswered}
        showUnanswered={showUnanswered}
        draft={draft}
        onChange={(next) => onChange(reviseAnswers(rules, draft, next))}
        idPrefix={idPrefix}
      />
    </Card>
  );
  const result = (
    <Card size="small" title={t('ui.levelForm.resultTitle')} className={stacked ? undefined : 'sticky-panel'}>
      <LevelResult
        level={shown.level}
        matchedRules={shown.matchedRules}
        source={source}
        incomplete={guided.unanswered.includes('systemType') || guided.unanswered.includes('informationTypes')}
        remaining={guided.unanswered.length}
        highestPossible={guided.complete ? null : guided.provisional.highestPossible}
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
