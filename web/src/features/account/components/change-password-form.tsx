import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { changePasswordBodySchema } from '#shared/auth/auth.schemas.js';
import { FormError } from '../../../components/ui/form-error.js';
import { FormField } from '../../../components/ui/form-field.js';
import { useFormat } from '../../../lib/format.js';
import { classifySubmitError } from '../../../lib/submit-errors.js';
import { sharedSchemaResolver } from '../../../lib/zod-form.js';
import { useChangePassword } from '../api/account.js';

/** The API's own body schema, plus the new password typed twice (checked here only: the API never sees it). */
const formSchema = changePasswordBodySchema
  .extend({ confirmPassword: changePasswordBodySchema.shape.currentPassword })
  .refine((values) => values.newPassword === values.confirmPassword, {
    path: ['confirmPassword'],
    message: 'ui.account.password.mismatch',
  });

const fieldNames = ['currentPassword', 'newPassword'] as const;
const empty = { currentPassword: '', newPassword: '', confirmPassword: '' };

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const change = useChangePassword();
  const [formError, setFormError] = useState<string | null>(null);
  const [changed, setChanged] = useState(false);
  const { control, handleSubmit, setError, reset } = useForm({
    resolver: sharedSchemaResolver(formSchema, locale),
    defaultValues: empty,
  });

  const submit = handleSubmit(async ({ currentPassword, newPassword }) => {
    setFormError(null);
    setChanged(false);
    try {
      await change.mutateAsync({ currentPassword, newPassword });
      reset(empty);
      setChanged(true);
    } catch (error) {
      const outcome = classifySubmitError(error, fieldNames, setError);
      if (outcome.kind === 'fields') {
        const others = outcome.unmatched.map((issue) => issue.message);
        setFormError(others.length ? others.join(' ') : null);
      } else setFormError(outcome.message);
    }
  });

  return (
    <Form layout="vertical" component={false}>
      <form onSubmit={submit} noValidate aria-label={t('ui.account.password.title')} style={{ maxWidth: 480 }}>
        {changed && (
          <Alert
            type="success"
            showIcon
            role="status"
            title={t('ui.account.password.changed')}
            style={{ marginBottom: 16 }}
          />
        )}
        <FormError message={formError} />
        <FormField
          control={control}
          name="currentPassword"
          label={t('ui.account.password.current')}
          required
          idPrefix="password"
        >
          {(field, a11y) => <Input.Password {...field} {...a11y} autoComplete="current-password" />}
        </FormField>
        <FormField
          control={control}
          name="newPassword"
          label={t('ui.account.password.new')}
          required
          help={t('ui.account.password.policy')}
          idPrefix="password"
        >
          {(field, a11y) => <Input.Password {...field} {...a11y} autoComplete="new-password" />}
        </FormField>
        <FormField
          control={control}
          name="confirmPassword"
          label={t('ui.account.password.confirm')}
          required
          idPrefix="password"
        >
          {(field, a11y) => <Input.Password {...field} {...a11y} autoComplete="new-password" />}
        </FormField>
        <Button type="primary" htmlType="submit" loading={change.isPending}>
          {t('ui.account.password.submit')}
        </Button>
      </form>
    </Form>
  );
}
