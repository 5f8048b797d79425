import { useRef, useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import { Alert, Button, Input, theme, type InputRef } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { loginBodySchema } from '#shared/auth/auth.schemas.js';
import { lookup, zodErrorMap } from '#shared/i18n/translate.js';
import { isApiError } from '../../../lib/api-error.js';
import { useFormat } from '../../../lib/format.js';
import { useLogin } from '../api/login.js';

/** From this many tries left (or fewer) the person is told how many remain before the lockout. */
const WARN_WHEN_ATTEMPTS_LEFT = 2;

type Field = 'username' | 'password';

interface LoginFormProps {
  onLoggedIn: () => void;
  /** The person logging in again after their session expired: their username, filled in and fixed. */
  username?: string;
  submitLabel?: string;
}

/**
 * The login form is the first thing anyone downloads, so it is laid out without antd's Form and kept without
 * react-hook-form (together about 45 KB gzipped on /login): two fields, checked by the very schema the API
 * validates with, in the person's language, as sharedSchemaResolver does for the other forms.
 */
export function LoginForm({ onLoggedIn, username, submitLabel }: LoginFormProps) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const login = useLogin();
  const [values, setValues] = useState<Record<Field, string>>({ username: username ?? '', password: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const usernameInput = useRef<InputRef>(null);
  const passwordInput = useRef<InputRef>(null);

  const change = (field: Field, value: string) => {
    setValues((before) => ({ ...before, [field]: value }));
    setErrors((before) => ({ ...before, [field]: undefined }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = loginBodySchema.safeParse(values, { error: zodErrorMap(locale) });
    if (!parsed.success) {
      const found: Partial<Record<Field, string>> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as Field;
        found[field] ??= lookup(locale, issue.message) ?? issue.message;
      }
      setErrors(found);
      (found.username ? usernameInput : passwordInput).current?.focus();
      return;
    }
    // A wrong password is not left in the field: it is cleared, and the cursor waits there for the next try.
    login.mutate(parsed.data, {
      onSuccess: onLoggedIn,
      onError: () => {
        setValues((before) => ({ ...before, password: '' }));
        passwordInput.current?.focus();
      },
    });
  };

  const attemptsLeft = isApiError(login.error) ? login.error.attemptsLeft : undefined;
  const lockoutWarning =
    attemptsLeft === undefined || attemptsLeft > WARN_WHEN_ATTEMPTS_LEFT
      ? null
      : attemptsLeft === 0
        ? t('ui.login.noAttemptsLeft')
        : t('ui.login.attemptsLeft', { count: attemptsLeft });

  const a11y = (field: Field) => ({
    id: `login-${field}`,
    value: values[field],
    onChange: (event: ChangeEvent<HTMLInputElement>) => change(field, event.target.value),
    status: errors[field] ? ('error' as const) : undefined,
    'aria-invalid': Boolean(errors[field]),
    'aria-describedby': errors[field] ? `login-${field}-help` : undefined,
    'aria-required': true,
    size: 'large' as const,
  });

  return (
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
      <LoginField field="username" label={t('ui.login.username')} error={errors.username}>
        <Input
          {...a11y('username')}
          ref={usernameInput}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          autoFocus={!username}
          readOnly={Boolean(username)}
          prefix={<UserOutlined aria-hidden />}
          placeholder={t('ui.login.usernamePlaceholder')}
        />
      </LoginField>
      <LoginField field="password" label={t('ui.login.password')} error={errors.password}>
        <Input.Password
          {...a11y('password')}
          ref={passwordInput}
          name="password"
          autoComplete="current-password"
          autoFocus={Boolean(username)}
          prefix={<LockOutlined aria-hidden />}
        />
      </LoginField>
      <Button type="primary" htmlType="submit" size="large" block loading={login.isPending}>
        {submitLabel ?? t('ui.login.submit')}
      </Button>
    </form>
  );
}

/** A label above its input and the error under it, spaced and coloured as antd's vertical Form.Item. */
function LoginField({
  field,
  label,
  error,
  children,
}: {
  field: Field;
  label: string;
  error?: string;
  children: ReactNode;
}) {
  const { token } = theme.useToken();
  return (
    <div style={{ marginBottom: token.marginLG }}>
      <label htmlFor={`login-${field}`} style={{ display: 'block', paddingBottom: token.paddingXS }}>
        {label}
      </label>
      {children}
      {error && (
        <div id={`login-${field}-help`} style={{ color: token.colorError, marginTop: token.marginXXS }}>
          {error}
        </div>
      )}
    </div>
  );
}
