import { useCallback, useMemo, useState } from 'react';
import { useForm, useWatch, type Resolver } from 'react-hook-form';
import { Alert, Button, Card, Checkbox, Col, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '#shared/organisations/organisations.schemas.js';
import {
  informationTypes,
  systemCreateSchema,
  systemStatuses,
  systemTypes,
  systemUpdateSchema,
  type InformationSystem,
  type InformationType,
  type SystemCreate,
  type SystemStatus,
  type SystemType,
  type SystemUpdate,
} from '#shared/systems/systems.schemas.js';
import { OrganisationField } from '../../../components/organisation-field.js';
import { StaleVersionNotice, type ConflictRow } from '../../../components/ui/conflict-panel.js';
import { FormError } from '../../../components/ui/form-error.js';
import { FormField } from '../../../components/ui/form-field.js';
import { useFormat } from '../../../lib/format.js';
import { classifySubmitError } from '../../../lib/submit-errors.js';
import { useStaleVersion } from '../../../lib/use-stale-version.js';
import { sharedSchemaResolver } from '../../../lib/zod-form.js';
import {
  countFields,
  emptyValues,
  fieldNames,
  systemFormValuesOf,
  type FieldName,
  type SystemFormValues,
} from './system-form-values.js';

type SystemFormProps = {
  /** Every visible organisation: operators are those allowing createSystem, owners their ancestors. */
  organisations: readonly Organisation[];
  onCancel: () => void;
} & (
  | {
      mode: 'edit';
      system: InformationSystem;
      onSubmit: (body: SystemUpdate) => Promise<InformationSystem>;
      fetchLatest: () => Promise<InformationSystem>;
    }
  | { mode: 'create'; defaultOperatorId?: string; onSubmit: (body: SystemCreate) => Promise<InformationSystem> }
);

/**
 * Registers or edits an information system. The form validates with the API's own schema
 * (systemCreateSchema / systemUpdateSchema); the server's field errors land on the same fields;
 * a save based on an old version keeps the person's values and offers the latest one.
 */
export function SystemForm(props: SystemFormProps) {
  const { organisations, onCancel } = props;
  const { t } = useTranslation();
  const format = useFormat();
  const [formError, setFormError] = useState<string | null>(null);

  const [initial] = useState(() =>
    props.mode === 'edit' ? systemFormValuesOf(props.system) : emptyValues(props.defaultOperatorId),
  );
  const form = useForm<SystemFormValues>({
    resolver: (props.mode === 'edit'
      ? sharedSchemaResolver(systemUpdateSchema, format.locale)
      : sharedSchemaResolver(systemCreateSchema, format.locale)) as unknown as Resolver<SystemFormValues>,
    defaultValues: initial,
  });
  const { control, handleSubmit, setError, setValue, getValues, formState } = form;

  const byId = useMemo(() => new Map(organisations.map((o) => [o.id, o])), [organisations]);
  const operatorId = useWatch({ control, name: 'operatorOrganisationId' });
  const operator = operatorId ? byId.get(operatorId) : undefined;
  // The owner is the operator itself or one of its ancestors, nearest first.
  const savedOwner = props.mode === 'edit' ? props.system.owner : undefined;
  const ownerOptions = useMemo(() => {
    if (!operator) return savedOwner ? [{ value: savedOwner.id, label: savedOwner.name }] : [];
    return [operator, ...[...operator.ancestors].reverse()].map((o) => ({ value: o.id, label: o.name }));
  }, [operator, savedOwner]);
  const canOperate = useCallback((o: Organisation) => o.abilities.createSystem, []);

  const labelOf = (name: FieldName) => {
    const key = name === 'operatorOrganisationId' ? 'operator' : name === 'ownerOrganisationId' ? 'owner' : name;
    return t(`ui.systems.fields.${key}`);
  };
  const show = (name: FieldName, values: SystemFormValues): string => {
    const value = values[name];
    if (name === 'operatorOrganisationId' || name === 'ownerOrganisationId') {
      const id = value as string | undefined;
      return (id && (byId.get(id)?.name ?? ownerOptions.find((o) => o.value === id)?.label)) || '';
    }
    if (name === 'systemType') return value ? t(`domain.systemType.${value as SystemType}`) : '';
    if (name === 'status') return t(`domain.systemStatus.${value as SystemStatus}`);
    if (name === 'informationTypes')
      return (value as InformationType[]).map((v) => t(`domain.informationType.${v}`)).join(', ');
    if (typeof value === 'number') return format.number(value);
    return String(value ?? '');
  };

  const stale = useStaleVersion<SystemFormValues, InformationSystem>({
    form,
    initial,
    fetchLatest: props.mode === 'edit' ? props.fetchLatest : () => Promise.reject(new Error('no version to load')),
    toValues: systemFormValuesOf,
    compare: (mine, latest): ConflictRow[] =>
      fieldNames
        .filter((name) => JSON.stringify(mine[name] ?? null) !== JSON.stringify(latest[name] ?? null))
        .map((name) => ({ key: name, label: labelOf(name), yours: show(name, mine), latest: show(name, latest) })),
  });

  const submit = handleSubmit(
    async (values) => {
      setFormError(null);
      try {
        if (props.mode === 'edit') await props.onSubmit(values as unknown as SystemUpdate);
        else await props.onSubmit(values as unknown as SystemCreate);
        stale.clear();
      } catch (error) {
        const outcome = classifySubmitError(error, fieldNames, setError);
        if (outcome.kind === 'stale') stale.report(outcome.message);
        else if (outcome.kind === 'fields') {
          // Issues naming a field sit under it; any others are said above the form.
          const others = outcome.unmatched.map((issue) => issue.message);
          setFormError(others.length ? others.join(' ') : t('ui.errors.fixFields'));
        } else setFormError(outcome.message);
      }
    },
    () => setFormError(t('ui.errors.fixFields')),
  );

  const changeOperator = (id: string | undefined) => {
    setValue('operatorOrganisationId', id, { shouldDirty: true, shouldValidate: formState.isSubmitted });
    const next = id ? byId.get(id) : undefined;
    const allowed = next ? [next.id, ...next.ancestors.map((a) => a.id)] : [];
    if (!allowed.includes(getValues('ownerOrganisationId') ?? '')) {
      setValue('ownerOrganisationId', next?.id, { shouldDirty: true, shouldValidate: formState.isSubmitted });
    }
  };

  const idPrefix = `system-${props.mode}`;
  // 1.234 as people write it; while typing, the digits are left alone so the caret does not jump.
  const numberFormatter = (value: number | string | undefined, info: { userTyping: boolean; input: string }) =>
    info.userTyping ? info.input : value === undefined || value === '' ? '' : format.number(Number(value));
  const numberParser = (text: string | undefined) => Number((text ?? '').replace(/\D/g, '')) || 0;

  /** A required single-choice field: the owner, the system type, the status. */
  const selectField = (
    name: 'ownerOrganisationId' | 'systemType' | 'status',
    options: Array<{ value: string; label: string }>,
    { placeholder, help }: { placeholder?: string; help?: string } = {},
  ) => (
    <FormField control={control} name={name} label={labelOf(name)} required help={help} idPrefix={idPrefix}>
      {(field, a11y) => (
        <Select
          {...a11y}
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          options={options}
          placeholder={placeholder}
        />
      )}
    </FormField>
  );

  return (
    <Form layout="vertical" component={false}>
      <form
        onSubmit={submit}
        noValidate
        aria-label={
          props.mode === 'edit' ? t('ui.systems.editTitle', { name: props.system.name }) : t('ui.systems.newTitle')
        }
      >
        <StaleVersionNotice stale={stale} />
        <FormError message={formError} />

        <Card title={t('ui.systems.sections.general')} size="small" style={{ marginBottom: 16 }}>
          <FormField control={control} name="name" label={labelOf('name')} required idPrefix={idPrefix}>
            {(field, a11y) => <Input {...field} {...a11y} maxLength={300} />}
          </FormField>
          <FormField
            control={control}
            name="code"
            label={labelOf('code')}
            help={t('ui.systems.help.code')}
            idPrefix={idPrefix}
          >
            {(field, a11y) => (
              <Input {...field} {...a11y} maxLength={50} autoCapitalize="characters" spellCheck={false} />
            )}
          </FormField>
          <Row gutter={16}>
            <Col xs={24} lg={12}>
              <OrganisationField
                control={control}
                name="operatorOrganisationId"
                label={labelOf('operatorOrganisationId')}
                required
                help={t('ui.systems.help.operator')}
                idPrefix={idPrefix}
                organisations={organisations}
                selectable={canOperate}
                onChange={changeOperator}
                placeholder={t('ui.systems.selectOperator')}
              />
            </Col>
            <Col xs={24} lg={12}>
              {selectField('ownerOrganisationId', ownerOptions, {
                placeholder: t('ui.systems.selectOwner'),
                help: t('ui.systems.help.owner'),
              })}
            </Col>
            <Col xs={24} lg={12}>
              {selectField(
                'systemType',
                systemTypes.map((value) => ({ value, label: t(`domain.systemType.${value}`) })),
                { placeholder: t('ui.systems.selectType') },
              )}
            </Col>
            <Col xs={24} lg={12}>
              {selectField(
                'status',
                systemStatuses.map((value) => ({ value, label: t(`domain.systemStatus.${value}`) })),
              )}
            </Col>
          </Row>
          <FormField
            control={control}
            name="informationTypes"
            label={labelOf('informationTypes')}
            required
            idPrefix={idPrefix}
          >
            {(field, a11y) => (
              <div
                role="group"
                id={a11y.id}
                aria-label={labelOf('informationTypes')}
                aria-describedby={a11y['aria-describedby']}
                aria-invalid={a11y['aria-invalid']}
              >
                <Checkbox.Group
                  value={field.value}
                  onChange={(values) => field.onChange(values)}
                  options={informationTypes.map((value) => ({ value, label: t(`domain.informationType.${value}`) }))}
                />
              </div>
            )}
          </FormField>
          <FormField
            control={control}
            name="address"
            label={labelOf('address')}
            help={t('ui.systems.help.address')}
            idPrefix={idPrefix}
          >
            {(field, a11y) => (
              <Input {...field} {...a11y} maxLength={300} inputMode="url" autoCapitalize="none" spellCheck={false} />
            )}
          </FormField>
          <FormField
            control={control}
            name="description"
            label={labelOf('description')}
            help={t('ui.systems.help.description')}
            idPrefix={idPrefix}
          >
            {(field, a11y) => (
              <Input.TextArea {...field} {...a11y} autoSize={{ minRows: 3, maxRows: 10 }} maxLength={5000} showCount />
            )}
          </FormField>
        </Card>

        <Card
          title={t('ui.systems.sections.scale')}
          size="small"
          style={{ marginBottom: 16 }}
          extra={<span className="card-hint">{t('ui.systems.help.counts')}</span>}
        >
          <Row gutter={16}>
            {countFields.map((name) => (
              <Col xs={24} sm={12} key={name}>
                <FormField control={control} name={name} label={labelOf(name)} idPrefix={idPrefix}>
                  {(field, a11y) => (
                    <InputNumber<number>
                      {...a11y}
                      ref={field.ref}
                      value={field.value}
                      onChange={field.onChange}
                      onBlur={() => {
                        if (field.value === null) field.onChange(0);
                        field.onBlur();
                      }}
                      min={0}
                      max={1_000_000_000}
                      precision={0}
                      formatter={numberFormatter}
                      parser={numberParser}
                      inputMode="numeric"
                      style={{ width: '100%' }}
                    />
                  )}
                </FormField>
              </Col>
            ))}
          </Row>
        </Card>

        {props.mode === 'edit' && (
          <Alert type="info" showIcon title={t('ui.systems.approvalNote')} style={{ marginBottom: 16 }} />
        )}

        <Space wrap className="form-actions">
          <Button onClick={onCancel}>{t('ui.common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={formState.isSubmitting}>
            {t('ui.common.save')}
          </Button>
        </Space>
      </form>
    </Form>
  );
}
