import { Col, Input, Row } from 'antd';
import type { Control, FieldValues, Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../components/ui/form-field.js';

/** The fields an administrator types for an account, in the create and the edit form alike. */
export const accountFieldNames = ['username', 'fullName', 'title', 'email', 'phone'] as const;
type AccountFieldName = (typeof accountFieldNames)[number];
export type AccountFieldValues = Record<AccountFieldName, string>;

interface AccountFieldsProps<T extends FieldValues> {
  control: Control<T>;
  idPrefix: string;
}

export function AccountFields<T extends FieldValues>({ control, idPrefix }: AccountFieldsProps<T>) {
  const { t } = useTranslation();
  const name = (field: AccountFieldName) => field as Path<T>;
  return (
    <Row gutter={16}>
      <Col xs={24} lg={12}>
        <FormField
          control={control}
          name={name('username')}
          label={t('ui.users.fields.username')}
          required
          help={t('ui.users.help.username')}
          idPrefix={idPrefix}
        >
          {(field, a11y) => (
            <Input {...field} {...a11y} maxLength={64} autoComplete="off" autoCapitalize="none" spellCheck={false} />
          )}
        </FormField>
      </Col>
      <Col xs={24} lg={12}>
        <FormField
          control={control}
          name={name('fullName')}
          label={t('ui.users.fields.fullName')}
          required
          idPrefix={idPrefix}
        >
          {(field, a11y) => <Input {...field} {...a11y} maxLength={200} autoComplete="off" />}
        </FormField>
      </Col>
      <Col xs={24} lg={12}>
        <FormField
          control={control}
          name={name('title')}
          label={t('ui.users.fields.title')}
          help={t('ui.users.help.title')}
          idPrefix={idPrefix}
        >
          {(field, a11y) => <Input {...field} {...a11y} maxLength={200} />}
        </FormField>
      </Col>
      <Col xs={24} lg={12}>
        <FormField control={control} name={name('email')} label={t('ui.users.fields.email')} idPrefix={idPrefix}>
          {(field, a11y) => (
            <Input {...field} {...a11y} maxLength={254} type="email" autoCapitalize="none" spellCheck={false} />
          )}
        </FormField>
      </Col>
      <Col xs={24} lg={12}>
        <FormField control={control} name={name('phone')} label={t('ui.users.fields.phone')} idPrefix={idPrefix}>
          {(field, a11y) => <Input {...field} {...a11y} maxLength={30} type="tel" inputMode="tel" />}
        </FormField>
      </Col>
    </Row>
  );
}
