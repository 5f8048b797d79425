import { useEffect, useMemo } from 'react';
import { Alert, Card, Col, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dossier } from '#shared/dossiers/dossiers.schemas.js';
import { defaultRegimes } from '#shared/regimes/regimes.js';
import { requiredItems } from '#shared/dossiers/dossier-completeness.js';
import { useSystemFacts } from '../api/dossiers.js';
import type { DossierDraft } from '../api/draft.js';
import { LevelAnswersConfirmation } from './level-answers-confirmation.js';
import { LevelAnswersSummary } from './level-answers-summary.js';
import { LevelForm } from './level-form.js';
import { guidedQuestions, type LevelDraft } from './level-questions.js';
import { LevelResult } from './level-result.js';
import { ProposedLevelTag } from './dossier-tags.js';
import { TextFields } from './text-fields.js';
import { answersFromSystem } from './system-answers.js';

interface TabProps {
  dossier: Dossier;
  draft: DossierDraft;
  editable: boolean;
  update: (change: (draft: DossierDraft) => DossierDraft) => void;
  prefill: (systemId: string, answers: LevelDraft) => void;
}

function SystemLevel({ dossier, draft, editable, update, prefill, systemId }: TabProps & { systemId: string }) {
  const { t } = useTranslation();
  const system = dossier.systems.find((s) => s.systemId === systemId)!;
  const answers = draft.answers[systemId] ?? {};
  const unanswered = Object.keys(answers).length === 0;
  const facts = useSystemFacts(editable && unanswered ? systemId : undefined);
  useEffect(() => {
    if (facts.data) prefill(systemId, answersFromSystem(facts.data));
  }, [facts.data, prefill, systemId]);

  const stored = system.assessment;
  const visible = useMemo(
    () => (stored ? guidedQuestions(defaultRegimes[draft.regime].rules, stored.answers).visible : []),
    [stored, draft.regime],
  );
  const title = (
    <Space wrap>
      <span>{system.name}</span>
      <ProposedLevelTag level={system.proposedLevel} />
    </Space>
  );

  if (editable) {
    return (
      <Card size="small" title={title} data-testid="system-level" data-system-id={systemId}>
        <LevelForm
          regime={draft.regime}
          draft={answers}
          idPrefix={`level-${systemId}`}
          stacked
          onChange={(next) => update((d) => ({ ...d, answers: { ...d.answers, [systemId]: next } }))}
        />
      </Card>
    );
  }
  return (
    <Card size="small" title={title} data-testid="system-level" data-system-id={systemId}>
      {!stored ? (
        <Alert type="info" showIcon title={t('ui.dossier.noAssessment')} />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
              {t('ui.dossier.answersTitle')}
            </Typography.Text>
            <LevelAnswersSummary facts={visible} answers={stored.answers} />
          </Col>
          <Col xs={24} xl={12}>
            <LevelResult level={stored.level} matchedRules={stored.matchedRules} source="stored" />
          </Col>
        </Row>
      )}
    </Card>
  );
}

/**
 * Xác định cấp độ: whether the answers are confirmed (and the call to confirm them), per system the guided
 * questions (or the stored result), then part 3 in the unit's words.
 */
export function LevelTab(props: TabProps) {
  const { t } = useTranslation();
  const { draft, editable, update } = props;
  const setContent = (key: 'levelExplanation' | 'riskIdentification', value: string) =>
    update((d) => ({ ...d, content: { ...d.content, [key]: value } }));
  // The same regime data as the completeness checklist and the server's refusal.
  const required = requiredItems(defaultRegimes[draft.regime], props.dossier.proposedLevel);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <LevelAnswersConfirmation dossier={props.dossier} draft={draft} editable={editable} />
      {props.dossier.systems.map((system) => (
        <SystemLevel key={system.systemId} {...props} systemId={system.systemId} />
      ))}
      <Card size="small" title={t('ui.dossier.sections.levelExplanation')}>
        <TextFields
          editable={editable}
          idPrefix="level"
          fields={[
            {
              key: 'levelExplanation',
              label: t('ui.dossier.fields.levelExplanation'),
              help: t('ui.dossier.levelExplanationHelp'),
              value: draft.content.levelExplanation,
              required: required.has('levelExplanation'),
              onChange: (value) => setContent('levelExplanation', value),
            },
            ...(draft.regime === 'nd331' || draft.content.riskIdentification
              ? [
                  {
                    key: 'riskIdentification',
                    label: t('ui.dossier.fields.riskIdentification'),
                    help: t('ui.dossier.riskIdentificationHelp'),
                    value: draft.content.riskIdentification,
                    required: required.has('riskIdentification'),
                    onChange: (value: string) => setContent('riskIdentification', value),
                  },
                ]
              : []),
          ]}
        />
      </Card>
    </Space>
  );
}
