import { useState } from 'react';
import { useForm, useWatch, type Resolver } from 'react-hook-form';
import { Alert, App, Button, Descriptions, Input, Form, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { documentSettingsUpdateSchema, type DocumentSettings } from '#shared/documents/documents.schemas.js';
import { signingMarkSchema, type SigningMark } from '#shared/documents/form-data.schemas.js';
import { formKeys, type FormKey } from '#shared/regimes/regime.schemas.js';
import { StaleVersionNotice } from '../../../components/ui/conflict-panel.js';
import { FormError } from '../../../components/ui/form-error.js';
import { FormField } from '../../../components/ui/form-field.js';
import { useFormat } from '../../../lib/format.js';
import { classifySubmitError } from '../../../lib/submit-errors.js';
import { useStaleVersion } from '../../../lib/use-stale-version.js';
import { sharedSchemaResolver } from '../../../lib/zod-form.js';
import {
  documentSettingsKeys,
  fetchDocumentSettings,
  useUpdateDocumentSettings,
  type DocumentSettingsUpdate,
} from '../api/document-settings.js';
import { SignerNamesTable, signerNamePath } from './signer-names-table.js';

type Values = DocumentSettingsUpdate;

const fieldNames = [
  'headTitle',
  'headName',
  'signingMark',
  'markedAuthority',
  'signerTitle',
  'draftingUnit',
  'functionsBasis',
] as const;

/** The fields typed as one line of text, with their length limit (the API's). */
const textLimits = { headTitle: 100, headName: 100, markedAuthority: 200, signerTitle: 100, draftingUnit: 20 } as const;

/** The catalogue key of each authority mark ('' has no key of its own: the head signs in person). */
const markKeys = {
  '': 'none',
  TM: 'TM',
  KT: 'KT',
  Q: 'Q',
  TL: 'TL',
  TUQ: 'TUQ',
} as const satisfies Record<SigningMark, string>;

/** Every form has its field, blank while it has no name (a controlled input wants a string). */
const valuesOf = ({ organisationId: _id, signerNames, ...values }: DocumentSettings): Values => ({
  ...values,
  signerNames: Object.fromEntries(formKeys.map((form) => [form, signerNames[form] ?? ''])),
});

/** The names the API keeps: a blank field means no name. */
const namedOnly = (names: Values['signerNames']) =>
  Object.fromEntries(Object.entries(names).filter(([, name]) => name)) as Values['signerNames'];

/** The server names a signer's field "signerNames.form-01"; the form shows one per form key. */
const signerNameFields = new Set<string>(formKeys.map(signerNamePath));

/** Upper case as documents write titles (the locale matters for "đ" and the tone marks). */
const upper = (text: string) => text.toLocaleUpperCase('vi');

/** The head's name goes under the block when the head signs (server/modules/documents/parties.ts says the same). */
const headSigns = (headTitle = '', signerTitle = '') =>
  headTitle.trim().toLocaleLowerCase('vi') === signerTitle.trim().toLocaleLowerCase('vi');

interface DocumentSettingsFormProps {
  settings: DocumentSettings;
  /** The organisation's name: the form's accessible name. */
  organisationName: string;
  /** The server lets the person change them (they administer the organisation or a unit above it). */
  editable: boolean;
  /** Saved: the host starts the form again from the saved settings. */
  onSaved: () => void;
}

/**
 * The authority mark, the titles and the signature block they give, validated with the API's own schema; the
 * server's field refusals land on their fields and a save based on an old version offers the latest one.
 */
export function DocumentSettingsForm({ settings, organisationName, editable, onSaved }: DocumentSettingsFormProps) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const update = useUpdateDocumentSettings(settings.organisationId);
  const [formError, setFormError] = useState<string | null>(null);
  const [initial] = useState(() => valuesOf(settings));
  const form = useForm<Values>({
    resolver: sharedSchemaResolver(documentSettingsUpdateSchema, locale) as unknown as Resolver<Values>,
    defaultValues: initial,
    disabled: !editable,
  });
  const { control, handleSubmit, setError } = form;
  const [mark, markedAuthority, signerTitle, headTitle, headName] = useWatch({
    control,
    name: ['signingMark', 'markedAuthority', 'signerTitle', 'headTitle', 'headName'],
  });
  const markLabel = (value: SigningMark) => t(`ui.documentSettings.marks.${markKeys[value]}`);
  const label = (name: (typeof fieldNames)[number]) => t(`ui.documentSettings.fields.${name}`);
  const formTitle = (form: FormKey) => t(`ui.regimes.forms.${form}`);
  /** The forms whose signer differs, each "title: name" (a blank one shown as such). */
  const namesDiffering = (mine: Values, latest: Values) => {
    const forms = formKeys.filter((form) => (mine.signerNames[form] ?? '') !== (latest.signerNames[form] ?? ''));
    const show = (v: Values) =>
      forms.map((form) => `${formTitle(form)}: ${v.signerNames[form] || t('ui.diff.empty')}`).join('; ');
    return forms.length
      ? [
          {
            key: 'signerNames',
            label: t('ui.documentSettings.signerNames.title'),
            yours: show(mine),
            latest: show(latest),
          },
        ]
      : [];
  };

  const stale = useStaleVersion<Values, DocumentSettings>({
    form,
    initial,
    fetchLatest: () =>
      queryClient.fetchQuery({
        queryKey: documentSettingsKeys.one(settings.organisationId),
        queryFn: () => fetchDocumentSettings(settings.organisationId),
        staleTime: 0,
      }),
    toValues: valuesOf,
    compare: (mine, latest) => [
      ...fieldNames
        .filter((name) => mine[name] !== latest[name])
        .map((name) => {
          const show = (v: Values) => (name === 'signingMark' ? markLabel(v.signingMark) : v[name]);
          return { key: name, label: label(name), yours: show(mine), latest: show(latest) };
        }),
      ...namesDiffering(mine, latest),
    ],
  });

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await update.mutateAsync({ ...values, signerNames: namedOnly(values.signerNames) });
      void message.success(t('ui.documentSettings.saved'));
      onSaved();
    } catch (error) {
      const outcome = classifySubmitError(error, fieldNames, setError);
      if (outcome.kind === 'stale') stale.report(outcome.message);
      else if (outcome.kind === 'fields') {
        // A refused name goes under its own field in the table; anything else above the form.
        const others = outcome.unmatched.flatMap((issue) => {
          if (!signerNameFields.has(issue.path)) return [issue.message];
          setError(issue.path as `signerNames.${FormKey}`, { type: 'server', message: issue.message });
          return [];
        });
        setFormError(others.length ? others.join(' ') : t('ui.errors.fixFields'));
      } else setFormError(outcome.message);
    }
  });

  const idPrefix = `document-settings-${settings.organisationId}`;
  const text = (name: keyof typeof textLimits) => (
    <FormField
      control={control}
      name={name}
      label={label(name)}
      help={t(`ui.documentSettings.help.${name}`)}
      required={name === 'headTitle' || name === 'signerTitle'}
      idPrefix={idPrefix}
    >
      {(field, a11y) => <Input {...field} {...a11y} maxLength={textLimits[name]} />}
    </FormField>
  );

  return (
    <Form layout="vertical" component={false}>
      <form onSubmit={submit} noValidate aria-label={t('ui.documentSettings.formLabel', { name: organisationName })}>
        <StaleVersionNotice stale={stale} />
        <FormError message={formError} />
        {settings.version === 0 && (
          <Alert type="info" showIcon title={t('ui.documentSettings.defaults')} style={{ marginBottom: 16 }} />
        )}
        {!editable && (
          <Alert type="info" showIcon title={t('ui.documentSettings.readOnly')} style={{ marginBottom: 16 }} />
        )}
        {text('headTitle')}
        {text('headName')}
        <FormField control={control} name="signingMark" label={label('signingMark')} required idPrefix={idPrefix}>
          {(field, a11y) => (
            <Select<SigningMark>
              {...a11y}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              disabled={field.disabled}
              options={signingMarkSchema.options.map((value) => ({ value, label: markLabel(value) }))}
            />
          )}
        </FormField>
        {text('markedAuthority')}
        {text('signerTitle')}
        <Descriptions
          size="small"
          bordered
          column={1}
          style={{ marginBottom: 16 }}
          items={[
            {
              key: 'preview',
              label: t('ui.documentSettings.preview'),
              children: (
                <div data-testid="signature-preview" style={{ textAlign: 'center', fontWeight: 600 }}>
                  {mark && <div>{`${mark}. ${upper(markedAuthority ?? '')}`}</div>}
                  <div>{upper(signerTitle ?? '')}</div>
                  {headName && headSigns(headTitle, signerTitle) && <div>{headName}</div>}
                </div>
              ),
            },
          ]}
        />
        {text('draftingUnit')}
        <FormField
          control={control}
          name="functionsBasis"
          label={label('functionsBasis')}
          help={t('ui.documentSettings.help.functionsBasis')}
          idPrefix={idPrefix}
        >
          {(field, a11y) => <Input.TextArea {...field} {...a11y} maxLength={1000} autoSize={{ minRows: 2 }} />}
        </FormField>
        <SignerNamesTable control={control} idPrefix={idPrefix} />
        {editable && (
          <Space wrap className="form-actions">
            <Button type="primary" htmlType="submit" loading={update.isPending}>
              {t('ui.common.save')}
            </Button>
          </Space>
        )}
      </form>
    </Form>
  );
}
