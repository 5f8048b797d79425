import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch, type Resolver } from 'react-hook-form';
import { z } from 'zod';
import dayjs from 'dayjs';
import { Alert, Button, Card, Checkbox, Empty, Form, Input, Radio, Select, Space, Spin, Typography } from 'antd';
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
import { guidedQuestions } from './level-questions.js';
import { DossierStatusTag } from './dossier-tags.js';
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
 * Starts a dossier: the operating unit, its systems, a title, the regime (by date: Decree 331 from
 * 19/8/2026), optionally from a previous dossier. Each system's known facts become its first answers.
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
  const form = useForm<Values>({
    resolver: sharedSchemaResolver(newDossierSchema, format.locale) as unknown as Resolver<Values>,
    defaultValues: {
      operatorOrganisationId: defaultOperatorId,
      systemIds: presetSystemId ? [presetSystemId] : [],
      title: '',
      regime: defaultRegimeFor(dayjs().format('YYYY-MM-DD')),
    },
  });
  const { control, handleSubmit, setValue, getValues, setError, formState } = form;
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

  const byId = useMemo(() => new Map((systems.data ?? []).map((s) => [s.id, s])), [systems.data]);

  const submit = handleSubmit(
    async (values) => {
      setFormError(null);
      try {
        const rules = defaultRegimes[values.regime].rules;
        const dossier = await create.mutateAsync({
          title: values.title,
          operatorOrganisationId: values.operatorOrganisationId!,
          regime: values.regime,
          basedOnDossierId: values.basedOnDossierId || undefined,
          systems: values.systemIds.map((systemId) => {
            const system = byId.get(systemId);
            const answers = system ? guidedQuestions(rules, answersFromSystem(system)).complete : null;
            return answers ? { systemId, answers } : { systemId };
          }),
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
  return (
    <Form layout="vertical" component={false}>
      <form onSubmit={submit} noValidate aria-label={t('ui.dossierNew.title')}>
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
        </Card>
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
          {regime === 'nd331' && (
            <Alert type="info" showIcon title={t('ui.dossierNew.nd331Note')} style={{ marginBottom: 16 }} />
          )}
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
                disabled={!operatorId}
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
        <Space wrap className="form-actions">
          <Button onClick={onCancel}>{t('ui.common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={formState.isSubmitting}>
            {t('ui.dossierNew.create')}
          </Button>
        </Space>
      </form>
    </Form>
  );
}
