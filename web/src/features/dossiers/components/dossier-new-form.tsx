import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch, type Resolver } from 'react-hook-form';
import { z } from 'zod';
import dayjs from 'dayjs';
import { Alert, Button, Card, Checkbox, Empty, Form, Input, Radio, Select, Space, Spin, Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { idSchema, textSchema } from '#shared/common/text.js';
import type { Dossier } from '#shared/dossiers/dossiers.schemas.js';
import type { Organisation } from '#shared/organisations/organisations.schemas.js';
import { regimeIds, regimeIdSchema, type RegimeId } from '#shared/regimes/regime.schemas.js';
import { defaultRegimeFor, defaultRegimes } from '#shared/regimes/regimes.js';
import { OrganisationTreeSelect } from '../../../components/organisation-tree-select.js';
import { FormError } from '../../../components/ui/form-error.js';
import { FormField } from '../../../components/ui/form-field.js';
import { useFormat } from '../../../lib/format.js';
import { classifySubmitError } from '../../../lib/submit-errors.js';
import { sharedSchemaResolver } from '../../../lib/zod-form.js';
import { useOperatorSystems, usePreviousDossiers } from '../api/dossiers.js';
import { useCreateDossier } from '../api/save-dossier.js';
import { DossierNewConfirm } from './dossier-new-confirm.js';
import { DossierStatusTag } from './dossier-tags.js';
import { LevelForm } from './level-form.js';
import { guidedQuestions, type LevelDraft } from './level-questions.js';
import { answersFromSystem } from './system-answers.js';

const newDossierSchema = z.object({
  operatorOrganisationId: idSchema,
  systemIds: z.array(idSchema).min(1),
  title: textSchema(3, 300),
  regime: regimeIdSchema,
  basedOnDossierId: idSchema.optional(),
});

interface Values {
  operatorOrganisationId?: string;
  systemIds: string[];
  title: string;
  regime: RegimeId;
  basedOnDossierId?: string;
}
const fields = ['operatorOrganisationId', 'systemIds', 'title', 'regime', 'basedOnDossierId'] as const;

interface DossierNewFormProps {
  organisations: readonly Organisation[];
  defaultOperatorId?: string;
  presetSystemId?: string;
  onCancel: () => void;
  onCreated: (dossier: Dossier) => void;
}

/**
 * Starts a dossier in two steps. First, on one screen: the operating unit, its systems, the regime (by date:
 * Decree 331 from 19/8/2026) and, per system, the guided level questions, none answered in advance, the
 * level following live; continuing needs every question answered. Then the officer reads the answers back,
 * names the dossier and confirms them ("Tôi đã đọc và xác nhận..."): the dossier is created with the
 * answers confirmed.
 */
export function DossierNewForm({
  organisations,
  defaultOperatorId,
  presetSystemId,
  onCancel,
  onCreated,
}: DossierNewFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const create = useCreateDossier();
  const [formError, setFormError] = useState<string | null>(null);
  const [step, setStep] = useState<'questions' | 'confirm'>('questions');
  const [answers, setAnswers] = useState<Record<string, LevelDraft>>({});
  const [showUnanswered, setShowUnanswered] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  const [confirmMissing, setConfirmMissing] = useState(false);
  const form = useForm<Values>({
    resolver: sharedSchemaResolver(newDossierSchema, format.locale) as unknown as Resolver<Values>,
    defaultValues: {
      operatorOrganisationId: defaultOperatorId,
      systemIds: presetSystemId ? [presetSystemId] : [],
      title: '',
      regime: defaultRegimeFor(dayjs().format('YYYY-MM-DD')),
    },
  });
  const { control, handleSubmit, setValue, getValues, setError, trigger, formState } = form;
  const operatorId = useWatch({ control, name: 'operatorOrganisationId' });
  const systemIds = useWatch({ control, name: 'systemIds' });
  const regime = useWatch({ control, name: 'regime' });
  const systems = useOperatorSystems(operatorId);
  const previous = usePreviousDossiers(operatorId);
  const operator = organisations.find((o) => o.id === operatorId);
  const titleTouched = useRef(false);
  const canOperate = useCallback((o: Organisation) => o.abilities.createSystem, []);

  // The title follows the chosen systems until the person writes their own.
  useEffect(() => {
    if (titleTouched.current || !systems.data) return;
    const chosen = systems.data.filter((s) => systemIds.includes(s.id));
    const title =
      chosen.length === 1
        ? t('ui.dossierNew.titleFor', { name: chosen[0]!.name })
        : chosen.length > 1 && operator
          ? t('ui.dossierNew.titleForMany', { operator: operator.name })
          : '';
    setValue('title', title, { shouldValidate: formState.isSubmitted });
  }, [systemIds, systems.data, operator, setValue, t, formState.isSubmitted]);

  const chosen = useMemo(
    () => (systems.data ?? []).filter((system) => systemIds.includes(system.id)),
    [systems.data, systemIds],
  );
  // A system's record gives its first answers (type, information, counts); the rest starts unanswered.
  const draftOf = (systemId: string) =>
    answers[systemId] ?? answersFromSystem(chosen.find((system) => system.id === systemId)!);
  const rules = defaultRegimes[regime].rules;
  const guided = chosen.map((system) => ({ system, ...guidedQuestions(rules, draftOf(system.id)) }));
  const unansweredCount = guided.reduce((sum, g) => sum + g.unanswered.length, 0);

  const next = async () => {
    setFormError(null);
    const valid = await trigger(['operatorOrganisationId', 'systemIds', 'regime']);
    if (!valid) return setFormError(t('ui.errors.fixFields'));
    if (chosen.length === 0 || unansweredCount > 0) {
      setShowUnanswered(true);
      return setFormError(t('ui.dossierNew.unanswered', { count: unansweredCount }));
    }
    setConfirmed(false);
    setStep('confirm');
    window.scrollTo?.({ top: 0 });
  };

  const submit = handleSubmit(
    async (values) => {
      setFormError(null);
      if (!confirmed) {
        setConfirmMissing(true);
        return setFormError(t('ui.dossierNew.confirmRequired'));
      }
      try {
        const dossier = await create.mutateAsync({
          title: values.title,
          operatorOrganisationId: values.operatorOrganisationId!,
          regime: values.regime,
          basedOnDossierId: values.basedOnDossierId || undefined,
          systems: values.systemIds.map((systemId) => {
            const complete = guided.find((g) => g.system.id === systemId)?.complete;
            return complete ? { systemId, answers: complete } : { systemId };
          }),
          confirmLevelAnswers: true,
        });
        onCreated(dossier);
      } catch (error) {
        const outcome = classifySubmitError(error, fields, setError);
        if (outcome.kind === 'fields')
          setFormError(outcome.unmatched.map((i) => i.message).join(' ') || t('ui.errors.fixFields'));
        else setFormError(outcome.message);
      }
    },
    () => setFormError(t('ui.errors.fixFields')),
  );

  const idPrefix = 'dossier-new';
  const steps = (
    <Steps
      size="small"
      current={step === 'questions' ? 0 : 1}
      style={{ marginBottom: 16 }}
      items={[{ title: t('ui.dossierNew.steps.questions') }, { title: t('ui.dossierNew.steps.confirm') }]}
    />
  );

  if (step === 'confirm') {
    return (
      <Form layout="vertical" component={false}>
        <form onSubmit={submit} noValidate aria-label={t('ui.dossierNew.title')}>
          {steps}
          <FormError message={formError} />
          <Card size="small" title={t('ui.dossierNew.sections.dossier')} style={{ marginBottom: 16 }}>
            <FormField control={control} name="title" label={t('ui.dossier.fields.title')} required idPrefix={idPrefix}>
              {(field, a11y) => (
                <Input
                  {...field}
                  {...a11y}
                  maxLength={300}
                  onChange={(event) => {
                    titleTouched.current = true;
                    field.onChange(event.target.value);
                  }}
                />
              )}
            </FormField>
            <FormField
              control={control}
              name="basedOnDossierId"
              label={t('ui.dossierNew.basedOn')}
              idPrefix={idPrefix}
              help={t('ui.dossierNew.basedOnHelp')}
            >
              {(field, a11y) => (
                <Select
                  {...a11y}
                  allowClear
                  value={field.value}
                  onChange={(value) => field.onChange(value ?? undefined)}
                  onBlur={field.onBlur}
                  loading={previous.isFetching}
                  placeholder={t('ui.dossierNew.basedOnNone')}
                  options={(previous.data ?? []).map((d) => ({
                    value: d.id,
                    label: (
                      <Space size={6}>
                        <span>{d.title}</span>
                        <DossierStatusTag status={d.status} />
                      </Space>
                    ),
                  }))}
                  popupMatchSelectWidth={false}
                />
              )}
            </FormField>
          </Card>
          <DossierNewConfirm
            regime={regime}
            systems={guided.map((g) => ({
              id: g.system.id,
              name: g.system.name,
              facts: [...g.visible, ...g.outranked.filter((fact) => draftOf(g.system.id)[fact] !== undefined)],
              answers: g.complete!,
            }))}
            confirmed={confirmed}
            missing={confirmMissing && !confirmed}
            onConfirm={(value) => setConfirmed(value)}
          />
          <Space wrap className="form-actions">
            <Button onClick={() => setStep('questions')}>{t('ui.dossierNew.back')}</Button>
            <Button type="primary" htmlType="submit" loading={formState.isSubmitting}>
              {t('ui.dossierNew.create')}
            </Button>
          </Space>
        </form>
      </Form>
    );
  }

  return (
    <Form layout="vertical" component={false}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void next();
        }}
        noValidate
        aria-label={t('ui.dossierNew.title')}
      >
        {steps}
        <FormError message={formError} />
        <Card size="small" title={t('ui.dossierNew.sections.unit')} style={{ marginBottom: 16 }}>
          <FormField
            control={control}
            name="operatorOrganisationId"
            label={t('ui.dossier.fields.operator')}
            required
            idPrefix={idPrefix}
            help={t('ui.dossierNew.operatorHelp')}
          >
            {(field, a11y) => (
              <OrganisationTreeSelect
                {...a11y}
                status={a11y['aria-invalid'] ? 'error' : undefined}
                organisations={organisations}
                selectable={canOperate}
                value={field.value}
                onChange={(id) => {
                  const before = getValues('operatorOrganisationId');
                  field.onChange(id);
                  if (id === before) return;
                  // Another unit: its own systems and dossiers.
                  setValue('systemIds', []);
                  setValue('basedOnDossierId', undefined);
                  setAnswers({});
                }}
                onBlur={field.onBlur}
                placeholder={t('ui.systems.selectOperator')}
                style={{ width: '100%' }}
              />
            )}
          </FormField>
          <FormField
            control={control}
            name="systemIds"
            label={t('ui.dossier.fields.systems')}
            required
            idPrefix={idPrefix}
            help={t('ui.dossierNew.systemsHelp')}
          >
            {(field, a11y) =>
              !operatorId ? (
                <Typography.Text type="secondary">{t('ui.dossierNew.pickUnitFirst')}</Typography.Text>
              ) : systems.isPending ? (
                <Spin size="small" />
              ) : (systems.data ?? []).length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ui.dossierNew.noSystems')} />
              ) : (
                <div
                  role="group"
                  id={a11y.id}
                  aria-describedby={a11y['aria-describedby']}
                  aria-invalid={a11y['aria-invalid']}
                  aria-label={t('ui.dossier.fields.systems')}
                >
                  <Checkbox.Group
                    value={field.value}
                    onChange={(values) => field.onChange(values)}
                    style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
                    options={(systems.data ?? []).map((system) => ({
                      value: system.id,
                      label: (
                        <span>
                          {system.name}
                          {system.approvedLevel !== null && (
                            <Typography.Text type="secondary">
                              {' '}
                              ({t('ui.dossierNew.approvedAt', { level: system.approvedLevel })})
                            </Typography.Text>
                          )}
                        </span>
                      ),
                    }))}
                  />
                </div>
              )
            }
          </FormField>
          <FormField
            control={control}
            name="regime"
            label={t('ui.dossier.fields.regime')}
            required
            idPrefix={idPrefix}
            help={t('ui.dossierNew.regimeHelp')}
          >
            {(field, a11y) => (
              <Radio.Group
                id={a11y.id}
                aria-describedby={a11y['aria-describedby']}
                value={field.value}
                onChange={(event) => field.onChange(event.target.value)}
                options={regimeIds.map((id) => ({ value: id, label: defaultRegimes[id].name[format.locale] }))}
              />
            )}
          </FormField>
          {regime === 'nd331' && <Alert type="info" showIcon title={t('ui.dossierNew.nd331Note')} />}
        </Card>
        {guided.map(({ system }) => (
          <Card
            key={system.id}
            size="small"
            title={t('ui.dossierNew.questionsFor', { name: system.name })}
            style={{ marginBottom: 16 }}
            data-testid="system-level"
            data-system-id={system.id}
          >
            <LevelForm
              regime={regime}
              draft={draftOf(system.id)}
              idPrefix={`${idPrefix}-${system.id}`}
              showUnanswered={showUnanswered}
              onChange={(draft) => setAnswers((current) => ({ ...current, [system.id]: draft }))}
            />
          </Card>
        ))}
        <Space wrap className="form-actions">
          <Button onClick={onCancel}>{t('ui.common.cancel')}</Button>
          <Button type="primary" htmlType="submit">
            {t('ui.dossierNew.continue')}
          </Button>
          {chosen.length > 0 && (
            <Typography.Text type="secondary" data-testid="unanswered-count">
              {unansweredCount > 0
                ? t('ui.dossierNew.unanswered', { count: unansweredCount })
                : t('ui.dossierNew.allAnswered')}
            </Typography.Text>
          )}
        </Space>
      </form>
    </Form>
  );
}
