import { Alert, Card, Checkbox, Col, Row, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LevelAnswers, LevelFact } from '#shared/level-assessments/level-answers.schemas.js';
import { determineLevel } from '#shared/regimes/determine-level.js';
import type { RegimeId } from '#shared/regimes/regime.schemas.js';
import { defaultRegimes } from '#shared/regimes/regimes.js';
import { LevelAnswersSummary } from './level-answers-summary.js';
import { LevelResult } from './level-result.js';

interface ConfirmProps {
  regime: RegimeId;
  systems: Array<{ id: string; name: string; facts: LevelFact[]; answers: LevelAnswers }>;
  confirmed: boolean;
  /** The person tried to create the dossier without confirming. */
  missing: boolean;
  onConfirm: (confirmed: boolean) => void;
}

/** The answers read back with the level and its rules, and the officer's confirmation of them. */
export function DossierNewConfirm({ regime, systems, confirmed, missing, onConfirm }: ConfirmProps) {
  const { t } = useTranslation();
  const rules = defaultRegimes[regime].rules;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%', marginBottom: 16 }}>
      {systems.map((system) => {
        const result = determineLevel(rules, system.answers);
        return (
          <Card
            key={system.id}
            size="small"
            title={system.name}
            data-testid="confirm-system"
            data-system-id={system.id}
          >
            <Row gutter={[16, 16]}>
              <Col xs={24} lg={12}>
                <LevelAnswersSummary facts={system.facts} answers={system.answers} />
              </Col>
              <Col xs={24} lg={12}>
                <LevelResult level={result.level} matchedRules={result.matchedRules} source="local" />
              </Col>
            </Row>
          </Card>
        );
      })}
      <Alert
        type={missing ? 'error' : 'info'}
        showIcon
        title={t('ui.dossierNew.confirmIntro')}
        description={
          <Checkbox
            checked={confirmed}
            onChange={(event) => onConfirm(event.target.checked)}
            aria-invalid={missing || undefined}
          >
            {t('ui.levelForm.confirmAnswers')}
          </Checkbox>
        }
      />
    </Space>
  );
}
