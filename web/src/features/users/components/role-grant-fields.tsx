import { Col, Row, Select } from 'antd';
import type { Control, FieldValues, Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '#shared/organisations/organisations.schemas.js';
import { roleSchema } from '#shared/users/users.schemas.js';
import { OrganisationField } from '../../../components/organisation-field.js';
import { FormField } from '../../../components/ui/form-field.js';

interface RoleGrantFieldsProps<T extends FieldValues> {
  control: Control<T>;
  idPrefix: string;
  organisations: readonly Organisation[];
  /** Units outside the person's admin subtrees show greyed. */
  selectable: (organisation: Organisation) => boolean;
}

/** A role at an organisation: the first one of a new account, or one more on the person's page. */
export function RoleGrantFields<T extends FieldValues>({
  control,
  idPrefix,
  organisations,
  selectable,
}: RoleGrantFieldsProps<T>) {
  const { t } = useTranslation();
  return (
    <Row gutter={16}>
      <Col xs={24} lg={14}>
        <OrganisationField
          control={control}
          name={'organisationId' as Path<T>}
          label={t('ui.users.fields.organisation')}
          required
          help={t('ui.users.help.organisation')}
          idPrefix={idPrefix}
          organisations={organisations}
          selectable={selectable}
          placeholder={t('ui.users.selectOrganisation')}
        />
      </Col>
      <Col xs={24} lg={10}>
        <FormField
          control={control}
          name={'role' as Path<T>}
          label={t('ui.users.fields.role')}
          required
          idPrefix={idPrefix}
        >
          {(field, a11y) => (
            <Select
              {...a11y}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              placeholder={t('ui.users.selectRole')}
              options={roleSchema.options.map((value) => ({ value, label: t(`domain.role.${value}`) }))}
            />
          )}
        </FormField>
      </Col>
    </Row>
  );
}
