import { useEffect, useRef, useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { LoginBody, Session } from '#shared/auth/auth.schemas.js';
import { PlainAlert, PlainButton, PlainInput, PlainPasswordInput } from '../../../components/plain/index.js';
import { isApiError } from '../../../lib/api-error.js';
import { currentLocale } from '../../../lib/i18n.js';
import { useLogin } from '../api/login.js';
import type { LoginField as Field } from './login-check.js';

const loadCheck = () => import('./login-check.js');

/** From this many tries left (or fewer) the person is told how many remain before the lockout. */
const WARN_WHEN_ATTEMPTS_LEFT = 2;

interface LoginFormProps {
  onLoggedIn: (session: Session) => void;
  /** The person logging in again after their session expired: their username, filled in and fixed. */
  username?: string;
  submitLabel?: string;
}

/**
 * The login form is the first thing anyone downloads, so it is drawn without antd (components/plain) and kept
 * without react-hook-form: two fields, checked by the very schema the API validates with, in the person's
 * language, as sharedSchemaResolver does for the other forms.
 */
export function LoginForm({ onLoggedIn, username, submitLabel }: LoginFormProps) {
  const { t } = useTranslation();
  const login = useLogin();
  const [values, setValues] = useState<Record<Field, string>>({ username: username ?? '', password: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const usernameInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);

  const change = (field: Field, value: string) => {
    setValues((before) => ({ ...before, [field]: value }));
    setErrors((before) => ({ ...before, [field]: undefined }));
  };

  // The check comes while the person types (login-check.ts says why it is apart).
  useEffect(() => void loadCheck().catch(() => undefined), []);

  const send = (body: LoginBody) =>
    // A wrong password is not left in the field: it is cleared, and the cursor waits there for the next try.
    login.mutate(body, {
      onSuccess: onLoggedIn,
      onError: () => {
        setValues((before) => ({ ...before, password: '' }));
        passwordInput.current?.focus();
      },
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = { ...values };
    loadCheck().then(
      ({ checkLogin }) => {
        const checked = checkLogin(typed, currentLocale());
        if ('body' in checked) return send(checked.body);
        setErrors(checked.errors);
        (checked.errors.username ? usernameInput : passwordInput).current?.focus();
      },
      // Without the check (the connection dropped), the server checks the same schema and says what is wrong.
      () => send(typed),
    );
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
    invalid: Boolean(errors[field]),
    'aria-describedby': errors[field] ? `login-${field}-help` : undefined,
    'aria-required': true,
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('ui.login.title')}>
      {login.error && (
        <PlainAlert
          type="error"
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
        <PlainInput
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
        <PlainPasswordInput
          {...a11y('password')}
          showLabel={t('ui.login.showPassword')}
          hideLabel={t('ui.login.hidePassword')}
          ref={passwordInput}
          name="password"
          autoComplete="current-password"
          autoFocus={Boolean(username)}
          prefix={<LockOutlined aria-hidden />}
        />
      </LoginField>
      <PlainButton variant="primary" type="submit" size="large" block loading={login.isPending}>
        {submitLabel ?? t('ui.login.submit')}
      </PlainButton>
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
  return (
    <div className="login-field">
      <label htmlFor={`login-${field}`}>{label}</label>
      {children}
      {error && (
        <div id={`login-${field}-help`} className="plain-field-error">
          {error}
        </div>
      )}
    </div>
  );
}
