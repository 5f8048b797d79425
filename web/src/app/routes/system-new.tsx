import { App, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/ui/button-link.js';
import { PageHeader } from '../../components/ui/page-header.js';
import { PageLoading } from '../../components/ui/page-loading.js';
import { QueryError } from '../../components/ui/query-error.js';
import { useOrganisations } from '../../features/organisations/index.js';
import { SystemForm, useCreateSystem } from '../../features/systems/index.js';
import { useCurrentOrganisation } from '../current-organisation.js';

export default function SystemNewRoute() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { current } = useCurrentOrganisation();
  const organisations = useOrganisations();
  const create = useCreateSystem();

  const title = t('ui.systems.newTitle');
  const header = (
    <PageHeader
      title={title}
      breadcrumbs={[{ title: t('ui.systems.title'), to: '/systems' }, { title: t('ui.systems.register') }]}
    />
  );
  if (organisations.isPending) return <PageLoading />;
  if (organisations.isError)
    return <QueryError error={organisations.error} onRetry={() => void organisations.refetch()} />;

  const operators = organisations.data.filter((o) => o.abilities.createSystem);
  if (operators.length === 0) {
    return (
      <>
        {header}
        <Result
          status="403"
          title={t('ui.systems.noOperatorChoice')}
          extra={<ButtonLink to="/systems">{t('ui.common.back')}</ButtonLink>}
        />
      </>
    );
  }
  // The working organisation when the person may register systems there, else the only choice.
  const defaultOperatorId =
    operators.find((o) => o.id === current?.id)?.id ?? (operators.length === 1 ? operators[0]!.id : undefined);

  return (
    <>
      {header}
      <SystemForm
        mode="create"
        organisations={organisations.data}
        defaultOperatorId={defaultOperatorId}
        onCancel={() => void navigate('/systems')}
        onSubmit={async (body) => {
          const saved = await create.mutateAsync(body);
          void message.success(t('ui.systems.created', { name: saved.name }));
          void navigate(`/systems/${saved.id}`);
          return saved;
        }}
      />
    </>
  );
}
