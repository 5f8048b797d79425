import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert, Button, Card, Form, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '#shared/organisations/organisations.schemas.js';
import { roleGrantSchema, userCreateSchema, type UserCreate } from '#shared/users/users.schemas.js';
import { FormError } from '../../../components/ui/form-error.js';
import { isApiError } from '../../../lib/api-error.js';
import { useFormat } from '../../../lib/format.js';
import { classifySubmitError } from '../../../lib/submit-errors.js';
import { applyServerIssues, sharedSchemaResolver } from '../../../lib/zod-form.js';
import { AccountFields, accountFieldNames } from './account-fields.js';
import { RoleGrantFields } from './role-grant-fields.js';

/** The API's create body with its one membership laid flat: a new account starts with one role. */
const formSchema = userCreateSchema.omit({ memberships: true }).extend(roleGrantSchema.shape);
const fieldNames = [...accountFieldNames, 'organisationId', 'role'] as const;

interface UserCreateFormProps {
  organisations: readonly Organisation[];
  selectable: (organisation: Organisation) => boolean;
  defaultOrganisationId?: string;
  onSubmit: (body: UserCreate) => Promise<unknown>;
  onCancel: () => void;
}

/** A new account: who the person is and their first role. No password: the server answers an activation link. */
export function UserCreateForm({
  organisations,
  selectable,
  defaultOrganisationId,
  onSubmit,
  onCancel,
}: UserCreateFormProps) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const [formError, setFormError] = useState<string | null>(null);
  const { control, handleSubmit, setError, formState } = useForm({
    resolver: sharedSchemaResolver(formSchema, locale),
    defaultValues: {
      username: '',
      fullName: '',
      title: '',
      email: '',
      phone: '',
      organisationId: defaultOrganisationId,
      role: undefined,
    },
  });

  const submit = handleSubmit(
    async ({ organisationId, role, ...account }) => {
      setFormError(null);
      try {
        await onSubmit({ ...account, memberships: [{ organisationId, role }] });
      } catch (error) {
        // The server names the role's fields memberships[0].organisationId …: they are this form's flat fields.
        if (isApiError(error) && error.status === 400 && error.issues.length) {
          const issues = error.issues.map((issue) => ({
            ...issue,
            path: issue.path.replace(/^memberships\[0\]\./, ''),
          }));
          const others = applyServerIssues(issues, fieldNames, setError).map((issue) => issue.message);
          setFormError(others.length ? others.join(' ') : t('ui.errors.fixFields'));
          return;
        }
        setFormError(classifySubmitError(error, fieldNames, setError).message);
      }
    },
    () => setFormError(t('ui.errors.fixFields')),
  );

  return (
    <Form layout="vertical" component={false}>
      <form onSubmit={submit} noValidate aria-label={t('ui.users.newTitle')}>
        <FormError message={formError} />
        <Card title={t('ui.users.sections.account')} size="small" style={{ marginBottom: 16 }}>
          <AccountFields control={control} idPrefix="user-new" />
        </Card>
        <Card title={t('ui.users.sections.firstRole')} size="small" style={{ marginBottom: 16 }}>
          <RoleGrantFields
            control={control}
            idPrefix="user-new"
            organisations={organisations}
            selectable={selectable}
          />
        </Card>
        <Alert type="info" showIcon title={t('ui.users.noPassword')} style={{ marginBottom: 16 }} />
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
