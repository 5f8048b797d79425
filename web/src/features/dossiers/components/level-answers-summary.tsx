import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LevelAnswers, LevelFact } from '#shared/level-assessments/level-answers.schemas.js';
import { useFormat } from '../../../lib/format.js';
import { describeValue } from './field-labels.js';

/** The answers given to the questions asked, as label: value, for the person to read before confirming. */
export function LevelAnswersSummary({ facts, answers }: { facts: readonly LevelFact[]; answers: LevelAnswers }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  return (
    <Descriptions
      column={1}
      size="small"
      bordered
      items={facts.map((fact) => ({
        key: fact,
        label: t(`ui.levelForm.facts.${fact}`),
        children: describeValue([fact], answers[fact], { locale, systemNames: new Map(), groupNames: new Map() }),
      }))}
    />
  );
}
