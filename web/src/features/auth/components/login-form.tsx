import { useForm } from 'react-hook-form';
import { Alert, Button, Form, Input } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { loginBodySchema } from '#shared/auth/auth.schemas.js';
import { FormField } from '../../../components/ui/form-field.js';
import { isApiError } from '../../../lib/api-error.js';
import { sharedSchemaResolver } from '../../../lib/zod-form.js';
import { useFormat } from '../../../lib/format.js';
import { useLogin } from '../api/login.js';

/** From this many tries left (or fewer) the person is told how many remain before the lockout. */
const WARN_WHEN_ATTEMPTS_LEFT = 2;

interface LoginFormProps {
  onLoggedIn: () => void;
  /** The person logging in again after their session expired: their username, filled in and fixed. */
  username?: string;
  submitLabel?: string;
}

export function LoginForm({ onLoggedIn, username, submitLabel }: LoginFormProps) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const login = useLogin();
  const { control, handleSubmit, setValue, setFocus } = useForm({
    resolver: sharedSchemaResolver(loginBodySchema, locale),
    defaultValues: { username: username ?? '', password: '' },
  });

  // A wrong password is not left in the field: it is cleared, and the cursor waits there for the next try.
  const submit = handleSubmit((body) =>
    login.mutate(body, {
      onSuccess: onLoggedIn,
      onError: () => {
        setValue('password', '');
        setFocus('password');
      },
    }),
  );
  const attemptsLeft = isApiError(login.error) ? login.error.attemptsLeft : undefined;
  const lockoutWarning =
    attemptsLeft === undefined || attemptsLeft > WARN_WHEN_ATTEMPTS_LEFT
      ? null
      : attemptsLeft === 0
        ? t('ui.login.noAttemptsLeft')
        : t('ui.login.attemptsLeft', { count: attemptsLeft });

  return (
    <Form layout="vertical" component={false} requiredMark={false}>
      <form onSubmit={submit} noValidate aria-label={t('ui.login.title')}>
        {login.error && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={t('ui.login.failed')}
            description={
              <>
                {login.error.message}
                {lockoutWarning && <div>{lockoutWarning}</div>}
              </>
            }
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
              autoFocus={!username}
              readOnly={Boolean(username)}
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
              autoFocus={Boolean(username)}
              prefix={<LockOutlined aria-hidden />}
            />
          )}
        </FormField>
        <Button type="primary" htmlType="submit" size="large" block loading={login.isPending}>
          {submitLabel ?? t('ui.login.submit')}
        </Button>
      </form>
    </Form>
  );
}
