import { Input, Table, Typography } from 'antd';
import { useController, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { formKeys, type FormKey } from '#shared/regimes/regime.schemas.js';
import type { DocumentSettingsUpdate } from '../api/document-settings.js';

/** The form path of one form's signer name, as the server names it in a refusal ("signerNames.form-01"). */
export const signerNamePath = (form: FormKey) => `signerNames.${form}` as const;

interface SignerNameCellProps {
  control: Control<DocumentSettingsUpdate>;
  form: FormKey;
  /** The input's accessible name: the cell has no room for a visible label. */
  label: string;
  idPrefix: string;
}

/** One form's signer name, its error (announced with it) below. */
function SignerNameCell({ control, form, label, idPrefix }: SignerNameCellProps) {
  const name = signerNamePath(form);
  const { field, fieldState } = useController({ control, name });
  const id = `${idPrefix}-${name.replace(/\W/g, '-')}`;
  const message = fieldState.error?.message;
  return (
    <div>
      <Input
        {...field}
        value={field.value ?? ''}
        id={id}
        aria-label={label}
        aria-invalid={Boolean(message)}
        aria-describedby={message ? `${id}-error` : undefined}
        maxLength={100}
      />
      {message && (
        <Typography.Text type="danger" id={`${id}-error`} style={{ display: 'block', fontSize: 12 }}>
          {message}
        </Typography.Text>
      )}
    </div>
  );
}

/**
 * "Người ký theo loại văn bản": one row per form, since an organisation may issue any of them (as the operator of
 * its systems, their owner, or the unit that appraises or approves), each with the name its signature block carries.
 */
export function SignerNamesTable({
  control,
  idPrefix,
}: {
  control: Control<DocumentSettingsUpdate>;
  idPrefix: string;
}) {
  const { t } = useTranslation();
  const title = (form: FormKey) => t(`ui.regimes.forms.${form}`);
  return (
    <section aria-labelledby={`${idPrefix}-signer-names`} style={{ marginBottom: 16 }}>
      <Typography.Title level={5} id={`${idPrefix}-signer-names`}>
        {t('ui.documentSettings.signerNames.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('ui.documentSettings.signerNames.help')}</Typography.Paragraph>
      <Table<{ form: FormKey }>
        size="small"
        rowKey="form"
        pagination={false}
        dataSource={formKeys.map((form) => ({ form }))}
        columns={[
          { key: 'form', title: t('ui.documentSettings.signerNames.form'), render: (_, row) => title(row.form) },
          {
            key: 'name',
            title: t('ui.documentSettings.signerNames.name'),
            width: '40%',
            render: (_, row) => (
              <SignerNameCell
                control={control}
                form={row.form}
                label={t('ui.documentSettings.signerNames.nameOf', { form: title(row.form) })}
                idPrefix={idPrefix}
              />
            ),
          },
        ]}
      />
    </section>
  );
}
