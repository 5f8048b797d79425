import type { ReactNode } from 'react';
import { Collapse, Form, InputNumber, Radio, Typography, Checkbox } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  constructionGrades,
  infrastructureScopes,
  onlineServiceGrades,
  securityHarms,
  type LevelFact,
} from '#shared/level-assessments/level-answers.schemas.js';
import type { Regime } from '#shared/regimes/regime.schemas.js';
import { informationTypes, systemTypes, type SystemType } from '#shared/systems/systems.schemas.js';
import { useFormat } from '../../../lib/format.js';
import { citationsOf, type LevelDraft } from './level-questions.js';

interface QuestionsProps {
  regime: Regime;
  visible: readonly LevelFact[];
  /** Questions whose answer cannot change the level any more: folded away, answering them is optional. */
  outranked: readonly LevelFact[];
  unanswered: readonly LevelFact[];
  /** Marks the unanswered questions (the person tried to continue without them). */
  showUnanswered?: boolean;
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

/**
 * The questions that matter for the answers so far, each labelled, explained with its legal basis (the
 * citations of the rules that read it) and starting unanswered: nothing is preset.
 */
export function LevelQuestions(props: QuestionsProps) {
  const { regime, visible, outranked, unanswered, showUnanswered, draft, onChange, idPrefix, disabled } = props;
  const { t } = useTranslation();
  const format = useFormat();
  const set = <F extends LevelFact>(fact: F, value: LevelDraft[F]) => onChange({ ...draft, [fact]: value });

  // "Điều 7, Khoản 1 Điều 8 Nghị định 85/2016/NĐ-CP": the decree's name once, not after every article.
  const basisOf = (fact: LevelFact) => {
    const name = regime.name[format.locale];
    const citations = citationsOf(regime.rules, fact, format.locale);
    if (citations.length === 0) return '';
    const articles = citations.map((c) => (c.endsWith(name) ? c.slice(0, -name.length).replace(/[\s,]+$/, '') : c));
    return t('ui.levelForm.basis', { articles: articles.join('; '), regime: name });
  };

  const question = (fact: LevelFact, control: ReactNode, group = false) => {
    const id = `${idPrefix}-${fact}`;
    const label = t(`ui.levelForm.questions.${fact}.label`);
    const missing = showUnanswered && unanswered.includes(fact);
    return (
      <div key={fact} className="level-question" data-fact={fact} data-testid="level-question">
        <Form.Item
          label={group ? <span id={`${id}-label`}>{label}</span> : label}
          htmlFor={group ? undefined : id}
          validateStatus={missing ? 'error' : undefined}
          help={
            <span id={`${id}-help`}>
              {missing && <span style={{ display: 'block' }}>{t('ui.levelForm.answerRequired')}</span>}
              {t(`ui.levelForm.questions.${fact}.help`)}
              {basisOf(fact) && (
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {basisOf(fact)}
                </Typography.Text>
              )}
            </span>
          }
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
        aria-required
        aria-invalid={showUnanswered && unanswered.includes(fact) ? true : undefined}
        disabled={disabled}
        // No answer is preset: unanswered shows no choice.
        value={draft[fact] ?? null}
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

  const render = (fact: LevelFact) => {
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
          aria-required
          status={showUnanswered && unanswered.includes(fact) ? 'error' : undefined}
          value={draft[fact] ?? null}
          onChange={(value) => set(fact, value ?? undefined)}
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
        onlineServiceGrades.map((value) => ({ value, label: t(`ui.levelForm.options.onlineServiceGrade.${value}`) })),
      );
    }
    if (fact === 'infrastructureScope') {
      return radios(
        fact,
        infrastructureScopes.map((value) => ({ value, label: t(`ui.levelForm.options.infrastructureScope.${value}`) })),
      );
    }
    if (fact === 'constructionGrade') {
      return radios(
        fact,
        constructionGrades.map((value) => ({ value, label: t(`ui.levelForm.options.constructionGrade.${value}`) })),
      );
    }
    // designatedLevel, riskAssessedLevel
    const levels = fact === 'designatedLevel' ? [0, 2, 3, 4, 5] : [0, 1, 2, 3, 4, 5];
    return radios(
      fact,
      levels.map((level) => ({
        value: level,
        label: level === 0 ? t(`ui.levelForm.options.${fact}None`) : t('domain.level', { level }),
      })),
      false,
    );
  };

  return (
    <Form layout="vertical" component={false} disabled={disabled}>
      {visible.map(render)}
      {visible.length <= 2 && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('ui.levelForm.startHint')}
        </Typography.Paragraph>
      )}
      {outranked.length > 0 && (
        <Collapse
          size="small"
          data-testid="outranked-questions"
          items={[
            {
              key: 'outranked',
              label: t('ui.levelForm.outranked', { count: outranked.length }),
              children: (
                <>
                  <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
                    {t('ui.levelForm.outrankedHelp')}
                  </Typography.Paragraph>
                  {outranked.map(render)}
                </>
              ),
            },
          ]}
        />
      )}
    </Form>
  );
}
