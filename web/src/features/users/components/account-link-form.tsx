import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Button, Form, Input, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { accountLinkBodySchema, type AccountLinkPurpose } from '#shared/users/users.schemas.js';
import { ButtonLink } from '../../../components/ui/button-link.js';
import { FormError } from '../../../components/ui/form-error.js';
import { FormField } from '../../../components/ui/form-field.js';
import { isApiError } from '../../../lib/api-error.js';
import { useFormat } from '../../../lib/format.js';
import { sharedSchemaResolver } from '../../../lib/zod-form.js';
import { useAccountLink } from '../api/account-links.js';

/** The API's own body (the token, the password by the policy), plus the password typed twice (checked here only). */
const formSchema = accountLinkBodySchema
  .extend({ confirmPassword: z.string() })
  .refine((values) => values.password === values.confirmPassword, {
    path: ['confirmPassword'],
    message: 'ui.accountLinks.mismatch',
  });

const texts = {
  activate: { submit: 'ui.accountLinks.activateSubmit', done: 'ui.accountLinks.activated' },
  reset: { submit: 'ui.accountLinks.resetSubmit', done: 'ui.accountLinks.reset' },
} as const satisfies Record<AccountLinkPurpose, unknown>;

function LinkUnusable({ reason }: { reason: string }) {
  const { t } = useTranslation();
  return (
    <Result
      status="error"
      title={t('ui.accountLinks.invalidTitle')}
      subTitle={reason}
      extra={<ButtonLink to="/login">{t('ui.accountLinks.goLogin')}</ButtonLink>}
    />
  );
}

interface AccountLinkFormProps {
  purpose: AccountLinkPurpose;
  /** The link's token, or null when the address carried none. */
  token: string | null;
}

/** The person sets their password with a one-time link; then logs in with the username the server names. */
export function AccountLinkForm({ purpose, token }: AccountLinkFormProps) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const use = useAccountLink(purpose);
  const [invalid, setInvalid] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const { control, handleSubmit } = useForm({
    resolver: sharedSchemaResolver(formSchema, locale),
    defaultValues: { token: token ?? '', password: '', confirmPassword: '' },
  });

  const submit = handleSubmit(
    async ({ token: sent, password }) => {
      setFormError(null);
      try {
        await use.mutateAsync({ token: sent, password });
      } catch (error) {
        // A made-up, used or expired link is refused on its token: no new password helps, so the form goes.
        const tokenIssue = isApiError(error) ? error.issues.find((issue) => issue.path === 'token') : undefined;
        if (tokenIssue) setInvalid(tokenIssue.message);
        else if (isApiError(error) && error.issues.length) setFormError(error.issues.map((i) => i.message).join(' '));
        else setFormError(error instanceof Error ? error.message : String(error));
      }
    },
    (errors) => {
      // A token the schema refuses (too long) has no field to show it under: the link itself is unusable.
      if (errors.token) setInvalid(t('validation.linkInvalid'));
    },
  );

  if (!token) return <LinkUnusable reason={t('validation.linkInvalid')} />;
  if (invalid) return <LinkUnusable reason={invalid} />;
  if (use.data) {
    return (
      <Result
        status="success"
        title={t(texts[purpose].done)}
        subTitle={
          <>
            <Typography.Paragraph style={{ marginBottom: 4 }}>
              {t('ui.accountLinks.username', { username: use.data.username })}
            </Typography.Paragraph>
            {purpose === 'reset' && (
              <Typography.Text type="secondary">{t('ui.accountLinks.resetNote')}</Typography.Text>
            )}
          </>
        }
        extra={
          <ButtonLink type="primary" to="/login">
            {t('ui.accountLinks.goLogin')}
          </ButtonLink>
        }
      />
    );
  }

  return (
    <Form layout="vertical" component={false} requiredMark={false}>
      <form onSubmit={submit} noValidate aria-label={t(texts[purpose].submit)}>
        <FormError message={formError} />
        <FormField
          control={control}
          name="password"
          label={t('ui.accountLinks.password')}
          required
          help={t('ui.account.password.policy')}
          idPrefix="account-link"
        >
          {(field, a11y) => <Input.Password {...field} {...a11y} size="large" autoComplete="new-password" autoFocus />}
        </FormField>
        <FormField
          control={control}
          name="confirmPassword"
          label={t('ui.accountLinks.confirm')}
          required
          idPrefix="account-link"
        >
          {(field, a11y) => <Input.Password {...field} {...a11y} size="large" autoComplete="new-password" />}
        </FormField>
        <Button type="primary" htmlType="submit" size="large" block loading={use.isPending}>
          {t(texts[purpose].submit)}
        </Button>
      </form>
    </Form>
  );
}
