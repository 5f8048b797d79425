import { useMemo, useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { Button, Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import {
  organisationCreateSchema,
  organisationKinds,
  organisationUpdateSchema,
  type Organisation,
  type OrganisationCreate,
  type OrganisationKind,
  type OrganisationUpdate,
} from '#shared/organisations/organisations.schemas.js';
import * as contracts from '#shared/organisations/organisations.contract.js';
import { OrganisationTreeSelect } from '../../../components/organisation-tree-select.js';
import { StaleVersionNotice } from '../../../components/ui/conflict-panel.js';
import { FormError } from '../../../components/ui/form-error.js';
import { FormField } from '../../../components/ui/form-field.js';
import { call } from '../../../lib/api.js';
import { useFormat } from '../../../lib/format.js';
import { classifySubmitError } from '../../../lib/submit-errors.js';
import { subtreeIds } from '../../../lib/tree.js';
import { useStaleVersion } from '../../../lib/use-stale-version.js';
import { sharedSchemaResolver } from '../../../lib/zod-form.js';
import { organisationKeys } from '../api/organisations.js';
import { useCreateOrganisation, useUpdateOrganisation } from '../api/save-organisation.js';

export type OrganisationFormMode =
  { kind: 'edit'; organisation: Organisation } | { kind: 'create'; parent: Organisation };

interface Values {
  version?: number;
  parentId?: string;
  kind?: OrganisationKind;
  name: string;
  shortName: string;
  place: string;
  /** '' for none: the API stores null. */
  code: string;
}

const fieldNames = ['parentId', 'kind', 'name', 'shortName', 'place', 'code'] as const;

interface OrganisationFormProps {
  mode: OrganisationFormMode;
  /** Every visible organisation, to choose a new parent from. */
  organisations: readonly Organisation[];
  onCancel: () => void;
  onSaved: (organisation: Organisation) => void;
}

const valuesOf = (o: Organisation): Values => ({
  version: o.version,
  parentId: o.parentId ?? undefined,
  kind: o.kind,
  name: o.name,
  shortName: o.shortName,
  place: o.place,
  code: o.code ?? '',
});

/** Edits an organisation, or adds one under a parent; validated by the API's own schemas. */
export function OrganisationForm({ mode, organisations, onCancel, onSaved }: OrganisationFormProps) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const queryClient = useQueryClient();
  const editing = mode.kind === 'edit' ? mode.organisation : undefined;
  const update = useUpdateOrganisation(editing?.id ?? '');
  const create = useCreateOrganisation();
  const [formError, setFormError] = useState<string | null>(null);

  const [initial] = useState<Values>(() =>
    mode.kind === 'edit'
      ? valuesOf(mode.organisation)
      : { parentId: mode.parent.id, name: '', shortName: '', place: mode.parent.place, code: '' },
  );
  const form = useForm<Values>({
    resolver: (editing
      ? sharedSchemaResolver(organisationUpdateSchema, locale)
      : sharedSchemaResolver(organisationCreateSchema, locale)) as unknown as Resolver<Values>,
    defaultValues: initial,
  });
  const { control, handleSubmit, setError } = form;

  const kindLabel = (kind: OrganisationKind | undefined) => (kind ? t(`domain.organisationKind.${kind}`) : '');
  const nameOf = (id: string | undefined) => organisations.find((o) => o.id === id)?.name ?? '';
  const stale = useStaleVersion<Values, Organisation>({
    form,
    initial,
    fetchLatest: () =>
      queryClient.fetchQuery({
        queryKey: organisationKeys.one(editing!.id),
        queryFn: () => call(contracts.getOrganisation, { params: { id: editing!.id } }),
        staleTime: 0,
      }),
    toValues: valuesOf,
    compare: (mine, latest) =>
      fieldNames
        .filter((name) => (mine[name] ?? '') !== (latest[name] ?? ''))
        .map((name) => {
          const show = (v: Values) =>
            name === 'kind' ? kindLabel(v.kind) : name === 'parentId' ? nameOf(v.parentId) : String(v[name] ?? '');
          return {
            key: name,
            label: t(`ui.organisations.fields.${name === 'parentId' ? 'parent' : name}`),
            yours: show(mine),
            latest: show(latest),
          };
        }),
  });

  // A new parent must be administered by the person, and not the organisation itself or below it.
  const parentChoices = useMemo(() => {
    if (!editing?.parentId) return null;
    const own = subtreeIds(organisations, editing.id);
    return (o: Organisation) => o.abilities.createChild && !own.has(o.id);
  }, [editing, organisations]);

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      const saved = editing
        ? await update.mutateAsync(values as OrganisationUpdate)
        : await create.mutateAsync(values as OrganisationCreate);
      stale.clear();
      onSaved(saved);
    } catch (error) {
      const outcome = classifySubmitError(error, fieldNames, setError);
      if (outcome.kind === 'stale') stale.report(outcome.message);
      else if (outcome.kind === 'fields') {
        const others = outcome.unmatched.map((issue) => issue.message);
        setFormError(others.length ? others.join(' ') : t('ui.errors.fixFields'));
      } else setFormError(outcome.message);
    }
  });

  const idPrefix = editing ? 'organisation-edit' : 'organisation-new';
  const saving = update.isPending || create.isPending;

  return (
    <Form layout="vertical" component={false}>
      <form onSubmit={submit} noValidate>
        <StaleVersionNotice stale={stale} />
        <FormError message={formError} />
        <FormField control={control} name="name" label={t('ui.organisations.fields.name')} required idPrefix={idPrefix}>
          {(field, a11y) => <Input {...field} {...a11y} maxLength={200} />}
        </FormField>
        <FormField control={control} name="kind" label={t('ui.organisations.fields.kind')} required idPrefix={idPrefix}>
          {(field, a11y) => (
            <Select<OrganisationKind>
              {...a11y}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              placeholder={t('ui.organisations.selectKind')}
              options={organisationKinds.map((kind) => ({ value: kind, label: kindLabel(kind) }))}
            />
          )}
        </FormField>
        <div className="form-row">
          <div>
            <FormField
              control={control}
              name="shortName"
              label={t('ui.organisations.fields.shortName')}
              required
              help={t('ui.organisations.help.shortName')}
              idPrefix={idPrefix}
            >
              {(field, a11y) => <Input {...field} {...a11y} maxLength={30} />}
            </FormField>
          </div>
          <div>
            <FormField
              control={control}
              name="place"
              label={t('ui.organisations.fields.place')}
              required
              help={t('ui.organisations.help.place')}
              idPrefix={idPrefix}
            >
              {(field, a11y) => <Input {...field} {...a11y} maxLength={100} />}
            </FormField>
          </div>
        </div>
        <FormField
          control={control}
          name="code"
          label={t('ui.organisations.fields.code')}
          help={t('ui.organisations.help.code')}
          idPrefix={idPrefix}
        >
          {(field, a11y) => (
            <Input {...field} {...a11y} maxLength={50} autoCapitalize="characters" spellCheck={false} />
          )}
        </FormField>
        {parentChoices && (
          <FormField
            control={control}
            name="parentId"
            label={t('ui.organisations.fields.parent')}
            required
            idPrefix={idPrefix}
          >
            {(field, a11y) => (
              <OrganisationTreeSelect
                {...a11y}
                organisations={organisations}
                selectable={parentChoices}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                placeholder={t('ui.organisations.selectParent')}
              />
            )}
          </FormField>
        )}
        <Space style={{ justifyContent: 'flex-end', width: '100%' }}>
          <Button onClick={onCancel}>{t('ui.common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={saving}>
            {t('ui.common.save')}
          </Button>
        </Space>
      </form>
    </Form>
  );
}
