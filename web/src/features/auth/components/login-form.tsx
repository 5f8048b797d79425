import { useForm } from 'react-hook-form';
import { Alert, Button, Form, Input } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { loginBodySchema } from '#shared/auth/auth.schemas.js';
import { FormField } from '../../../components/ui/form-field.js';
import { sharedSchemaResolver } from '../../../lib/zod-form.js';
import { useFormat } from '../../../lib/format.js';
import { useLogin } from '../api/login.js';

interface LoginFormProps {
  onLoggedIn: () => void;
}

export function LoginForm({ onLoggedIn }: LoginFormProps) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const login = useLogin();
  const { control, handleSubmit } = useForm({
    resolver: sharedSchemaResolver(loginBodySchema, locale),
    defaultValues: { username: '', password: '' },
  });

  const submit = handleSubmit((body) => login.mutate(body, { onSuccess: onLoggedIn }));

  return (
    <Form layout="vertical" component={false} requiredMark={false}>
      <form onSubmit={submit} noValidate aria-label={t('ui.login.title')}>
        {login.error && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={t('ui.login.failed')}
            description={login.error.message}
            style={{ marginBottom: 16 }}
          />
        )}
        <FormField control={control} name="username" label={t('ui.login.username')} required idPrefix="login">
          {(field, a11y) => (
            <Input
              {...field}
              {...a11y}
              size="large"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              autoFocus
              prefix={<UserOutlined aria-hidden />}
              placeholder={t('ui.login.usernamePlaceholder')}
            />
          )}
        </FormField>
        <FormField control={control} name="password" label={t('ui.login.password')} required idPrefix="login">
          {(field, a11y) => (
            <Input.Password
              {...field}
              {...a11y}
              size="large"
              autoComplete="current-password"
              prefix={<LockOutlined aria-hidden />}
            />
          )}
        </FormField>
        <Button type="primary" htmlType="submit" size="large" block loading={login.isPending}>
          {t('ui.login.submit')}
        </Button>
      </form>
    </Form>
  );
}
