import { useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { Button, Form, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { userUpdateSchema, type UserAccount, type UserUpdate } from '#shared/users/users.schemas.js';
import { StaleVersionNotice, type ConflictRow } from '../../../components/ui/conflict-panel.js';
import { FormError } from '../../../components/ui/form-error.js';
import { useFormat } from '../../../lib/format.js';
import { classifySubmitError } from '../../../lib/submit-errors.js';
import { useStaleVersion } from '../../../lib/use-stale-version.js';
import { sharedSchemaResolver } from '../../../lib/zod-form.js';
import { AccountFields, accountFieldNames, type AccountFieldValues } from './account-fields.js';

type EditValues = AccountFieldValues & { version: number };

const valuesOf = (user: UserAccount): EditValues => ({
  version: user.version,
  username: user.username,
  fullName: user.fullName,
  title: user.title,
  email: user.email,
  phone: user.phone,
});

interface UserEditFormProps {
  user: UserAccount;
  fetchLatest: () => Promise<UserAccount>;
  onSubmit: (body: UserUpdate) => Promise<UserAccount>;
}

/** The account's fields, saved with the version they were based on; an older version keeps the person's edits. */
export function UserEditForm({ user, fetchLatest, onSubmit }: UserEditFormProps) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const [formError, setFormError] = useState<string | null>(null);
  const [initial] = useState(() => valuesOf(user));
  const form = useForm<EditValues>({
    resolver: sharedSchemaResolver(userUpdateSchema, locale) as unknown as Resolver<EditValues>,
    defaultValues: initial,
  });
  const { control, handleSubmit, setError, formState, reset } = form;
  const labelOf = (name: string) => t(`ui.users.fields.${name as (typeof accountFieldNames)[number]}`);

  const stale = useStaleVersion<EditValues, UserAccount>({
    form,
    initial,
    fetchLatest,
    toValues: valuesOf,
    compare: (mine, latest): ConflictRow[] =>
      accountFieldNames
        .filter((name) => mine[name] !== latest[name])
        .map((name) => ({ key: name, label: labelOf(name), yours: mine[name], latest: latest[name] })),
  });

  const submit = handleSubmit(
    async (values) => {
      setFormError(null);
      try {
        const saved = await onSubmit(values);
        stale.clear();
        reset(valuesOf(saved));
      } catch (error) {
        const outcome = classifySubmitError(error, accountFieldNames, setError);
        if (outcome.kind === 'stale') stale.report(outcome.message);
        else if (outcome.kind === 'fields') {
          const others = outcome.unmatched.map((issue) => issue.message);
          setFormError(others.length ? others.join(' ') : t('ui.errors.fixFields'));
        } else setFormError(outcome.message);
      }
    },
    () => setFormError(t('ui.errors.fixFields')),
  );

  return (
    <Form layout="vertical" component={false}>
      <form onSubmit={submit} noValidate aria-label={t('ui.users.sections.account')}>
        <StaleVersionNotice stale={stale} />
        <FormError message={formError} />
        <AccountFields control={control} idPrefix="user-edit" />
        <Space wrap className="form-actions">
          <Button type="primary" htmlType="submit" loading={formState.isSubmitting} disabled={!formState.isDirty}>
            {t('ui.common.save')}
          </Button>
        </Space>
      </form>
    </Form>
  );
}
