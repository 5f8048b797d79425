import { App, Result } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/ui/button-link.js';
import { PageHeader } from '../../components/ui/page-header.js';
import { PageLoading } from '../../components/ui/page-loading.js';
import { QueryError } from '../../components/ui/query-error.js';
import { useOrganisation, useOrganisations } from '../../features/organisations/index.js';
import { fetchSystem, SystemForm, systemKeys, useSystem, useUpdateSystem } from '../../features/systems/index.js';
import { systemCrumbs } from './system-crumbs.js';

export default function SystemEditRoute() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { id = '' } = useParams();
  const system = useSystem(id);
  const organisations = useOrganisations();
  const operator = useOrganisation(system.data?.operator.id);
  const update = useUpdateSystem(id);

  if (system.isPending || organisations.isPending) return <PageLoading />;
  if (system.isError) return <QueryError page error={system.error} onRetry={() => void system.refetch()} />;
  if (organisations.isError)
    return <QueryError error={organisations.error} onRetry={() => void organisations.refetch()} />;
  const data = system.data;
  const detailPath = `/systems/${data.id}`;
  const title = t('ui.systems.editTitle', { name: data.name });

  return (
    <>
      <PageHeader
        title={title}
        breadcrumbs={[
          ...systemCrumbs(t, data.operator, operator.data),
          { title: data.name, to: detailPath },
          { title: t('ui.common.edit') },
        ]}
      />
      {!data.abilities.update ? (
        <Result
          status="403"
          title={t('ui.systems.cannotEdit')}
          extra={<ButtonLink to={detailPath}>{t('ui.common.back')}</ButtonLink>}
        />
      ) : (
        <SystemForm
          key={data.id}
          mode="edit"
          system={data}
          organisations={organisations.data}
          fetchLatest={() =>
            queryClient.fetchQuery({ queryKey: systemKeys.one(id), queryFn: () => fetchSystem(id), staleTime: 0 })
          }
          onCancel={() => void navigate(detailPath)}
          onSubmit={async (body) => {
            const saved = await update.mutateAsync(body);
            void message.success(t('ui.systems.saved'));
            void navigate(detailPath);
            return saved;
          }}
        />
      )}
    </>
  );
}
