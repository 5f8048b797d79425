import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { App, Button, Card, Form, Popconfirm, Table, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '#shared/organisations/organisations.schemas.js';
import { roleGrantSchema, type UserAccount } from '#shared/users/users.schemas.js';
import { FormError } from '../../../components/ui/form-error.js';
import { useFormat } from '../../../lib/format.js';
import { classifySubmitError } from '../../../lib/submit-errors.js';
import { sharedSchemaResolver } from '../../../lib/zod-form.js';
import { useGrantRole, useRevokeRole } from '../api/save-user.js';
import { refusalText } from './admin-scope.js';
import { RoleGrantFields } from './role-grant-fields.js';

type Membership = UserAccount['memberships'][number];

interface MembershipsCardProps {
  user: UserAccount;
  organisations: readonly Organisation[];
  selectable: (organisation: Organisation) => boolean;
}

/** The person's roles where the caller administers, each revocable per its ability, and a form to grant one more. */
export function MembershipsCard({ user, organisations, selectable }: MembershipsCardProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const revoke = useRevokeRole(user.id);
  const roleText = (m: Membership) => ({ role: t(`domain.role.${m.role}`), organisation: m.organisationName });

  const remove = async (m: Membership) => {
    try {
      await revoke.mutateAsync(m.id);
      void message.success(t('ui.users.roles.revoked'));
    } catch (error) {
      void message.error(refusalText(error));
    }
  };

  return (
    <Card title={t('ui.users.sections.roles')} size="small" style={{ marginBottom: 16 }}>
      <Table<Membership>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={user.memberships}
        locale={{ emptyText: t('ui.users.roles.none') }}
        columns={[
          { key: 'organisation', title: t('ui.users.fields.organisation'), dataIndex: 'organisationName' },
          { key: 'role', title: t('ui.users.fields.role'), render: (_, m) => t(`domain.role.${m.role}`) },
          {
            key: 'actions',
            title: '',
            width: 120,
            render: (_, m) =>
              m.abilities.revoke && (
                <Popconfirm
                  title={t('ui.users.roles.revokeConfirm', roleText(m))}
                  okText={t('ui.users.roles.revoke')}
                  cancelText={t('ui.common.cancel')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() => remove(m)}
                >
                  <Button
                    size="small"
                    danger
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={t('ui.users.roles.revokeLabel', roleText(m))}
                  >
                    {t('ui.users.roles.revoke')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      {user.abilities.update && <GrantForm user={user} organisations={organisations} selectable={selectable} />}
    </Card>
  );
}

function GrantForm({ user, organisations, selectable }: MembershipsCardProps) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const { message } = App.useApp();
  const grant = useGrantRole(user.id);
  const [formError, setFormError] = useState<string | null>(null);
  const { control, handleSubmit, setError, reset } = useForm({
    resolver: sharedSchemaResolver(roleGrantSchema, locale),
    defaultValues: { organisationId: undefined, role: undefined },
  });

  const submit = handleSubmit(async (body) => {
    setFormError(null);
    try {
      await grant.mutateAsync(body);
      reset({ organisationId: undefined, role: undefined });
      void message.success(t('ui.users.roles.granted'));
    } catch (error) {
      const outcome = classifySubmitError(error, ['organisationId'], setError);
      // A refusal (the role is held already, 403) says its reason above the fields.
      setFormError(outcome.kind === 'fields' && !outcome.unmatched.length ? null : refusalText(error));
    }
  });

  return (
    <Form layout="vertical" component={false}>
      <form onSubmit={submit} noValidate aria-label={t('ui.users.roles.grantTitle')} style={{ marginTop: 16 }}>
        <Typography.Title level={3} style={{ fontSize: 15 }}>
          {t('ui.users.roles.grantTitle')}
        </Typography.Title>
        <FormError message={formError} />
        <RoleGrantFields
          control={control}
          idPrefix="user-grant"
          organisations={organisations}
          selectable={selectable}
        />
        <Button htmlType="submit" icon={<PlusOutlined aria-hidden />} loading={grant.isPending}>
          {t('ui.users.roles.grant')}
        </Button>
      </form>
    </Form>
  );
}
