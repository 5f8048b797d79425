import type { ReactNode } from 'react';
import { Checkbox, Form, InputNumber, Radio, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  constructionGrades,
  infrastructureScopes,
  onlineServiceGrades,
  securityHarms,
  type LevelFact,
} from '#shared/level-assessments/level-answers.schemas.js';
import { informationTypes, systemTypes, type SystemType } from '#shared/systems/systems.schemas.js';
import { useFormat } from '../../../lib/format.js';
import { factDefaults, type LevelDraft } from './level-questions.js';

interface QuestionsProps {
  visible: readonly LevelFact[];
  draft: LevelDraft;
  onChange: (draft: LevelDraft) => void;
  /** Prefix for ids: several systems' forms may sit on one page. */
  idPrefix: string;
  disabled?: boolean;
}

const booleanFacts = [
  'defenceOrSecurity',
  'conditionalBusinessLine',
  'handlesAdministrativeProcedures',
  'nationalEGovernment',
  'requires247',
  'centralNationalDataStorage',
] as const;
const countFacts = ['personalInfoUsers', 'basicDataSubjects', 'sensitiveDataSubjects'] as const;
type BooleanFact = (typeof booleanFacts)[number];
type CountFact = (typeof countFacts)[number];
const isBoolean = (fact: LevelFact): fact is BooleanFact => (booleanFacts as readonly string[]).includes(fact);
const isCount = (fact: LevelFact): fact is CountFact => (countFacts as readonly string[]).includes(fact);

/** The questions that matter for the answers so far, each labelled and explained. */
export function LevelQuestions({ visible, draft, onChange, idPrefix, disabled }: QuestionsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const set = <F extends LevelFact>(fact: F, value: LevelDraft[F]) => onChange({ ...draft, [fact]: value });

  const question = (fact: LevelFact, control: ReactNode, group = false) => {
    const id = `${idPrefix}-${fact}`;
    const label = t(`ui.levelForm.questions.${fact}.label`);
    const help = t(`ui.levelForm.questions.${fact}.help`);
    return (
      <div key={fact} className="level-question">
        <Form.Item
          label={group ? <span id={`${id}-label`}>{label}</span> : label}
          htmlFor={group ? undefined : id}
          help={<span id={`${id}-help`}>{help}</span>}
        >
          {control}
        </Form.Item>
      </div>
    );
  };

  const radios = <F extends LevelFact>(
    fact: F,
    options: Array<{ value: string | number | boolean; label: string }>,
    vertical = true,
  ) => {
    const id = `${idPrefix}-${fact}`;
    return question(
      fact,
      <Radio.Group
        aria-labelledby={`${id}-label`}
        aria-describedby={`${id}-help`}
        disabled={disabled}
        // Not answered yet shows the neutral answer, the one the result is computed with.
        value={draft[fact] ?? factDefaults[fact]}
        onChange={(event) => set(fact, event.target.value as LevelDraft[F])}
        options={options}
        style={vertical ? { display: 'flex', flexDirection: 'column', gap: 4 } : undefined}
      />,
      true,
    );
  };

  const yesNo = [
    { value: true, label: t('ui.common.yes') },
    { value: false, label: t('ui.common.no') },
  ];
  const numberFormatter = (value: number | string | undefined, info: { userTyping: boolean; input: string }) =>
    info.userTyping ? info.input : value === undefined || value === '' ? '' : format.number(Number(value));
  const numberParser = (text: string | undefined) => Number((text ?? '').replace(/\D/g, '')) || 0;

  return (
    <Form layout="vertical" component={false} disabled={disabled}>
      {visible.map((fact) => {
        if (fact === 'systemType') {
          return radios(
            'systemType',
            systemTypes.map((value: SystemType) => ({ value, label: t(`domain.systemType.${value}`) })),
          );
        }
        if (fact === 'informationTypes') {
          const id = `${idPrefix}-${fact}`;
          return question(
            fact,
            <div role="group" aria-labelledby={`${id}-label`} aria-describedby={`${id}-help`}>
              <Checkbox.Group
                disabled={disabled}
                value={draft.informationTypes ?? []}
                onChange={(values) => set('informationTypes', values)}
                options={informationTypes.map((value) => ({ value, label: t(`domain.informationType.${value}`) }))}
              />
            </div>,
            true,
          );
        }
        if (isBoolean(fact)) return radios(fact, yesNo, false);
        if (isCount(fact)) {
          const id = `${idPrefix}-${fact}`;
          return question(
            fact,
            <InputNumber<number>
              id={id}
              aria-describedby={`${id}-help`}
              value={draft[fact] ?? 0}
              onChange={(value) => set(fact, value ?? 0)}
              min={0}
              max={1_000_000_000}
              precision={0}
              formatter={numberFormatter}
              parser={numberParser}
              inputMode="numeric"
              style={{ width: 220, maxWidth: '100%' }}
            />,
          );
        }
        if (fact === 'nationalSecurityHarm') {
          return radios(
            fact,
            securityHarms.map((value) => ({ value, label: t(`ui.levelForm.options.securityHarm.${value}`) })),
          );
        }
        if (fact === 'onlineServiceGrade') {
          return radios(
            fact,
            onlineServiceGrades.map((value) => ({
              value,
              label: t(`ui.levelForm.options.onlineServiceGrade.${value}`),
            })),
          );
        }
        if (fact === 'infrastructureScope') {
          return radios(
            fact,
            infrastructureScopes.map((value) => ({
              value,
              label: t(`ui.levelForm.options.infrastructureScope.${value}`),
            })),
          );
        }
        if (fact === 'constructionGrade') {
          return radios(
            fact,
            constructionGrades.map((value) => ({ value, label: t(`ui.levelForm.options.constructionGrade.${value}`) })),
          );
        }
        // designatedLevel, riskAssessedLevel
        const id = `${idPrefix}-${fact}`;
        const levels = fact === 'designatedLevel' ? [0, 2, 3, 4, 5] : [0, 1, 2, 3, 4, 5];
        return question(
          fact,
          <Select<number>
            id={id}
            aria-describedby={`${id}-help`}
            value={draft[fact] ?? 0}
            onChange={(value) => set(fact, value as LevelDraft[typeof fact])}
            options={levels.map((level) => ({
              value: level,
              label: level === 0 ? t(`ui.levelForm.options.${fact}None`) : t('domain.level', { level }),
            }))}
            style={{ width: 340, maxWidth: '100%' }}
          />,
        );
      })}
      {visible.length <= 2 && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('ui.levelForm.startHint')}
        </Typography.Paragraph>
      )}
    </Form>
  );
}
