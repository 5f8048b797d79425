import { EditOutlined } from '@ant-design/icons';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/ui/button-link.js';
import { PageHeader } from '../../components/ui/page-header.js';
import { PageLoading } from '../../components/ui/page-loading.js';
import { QueryError } from '../../components/ui/query-error.js';
import { useOrganisation } from '../../features/organisations/api/organisations.js';
import { useSystem } from '../../features/systems/api/systems.js';
import { SystemDescriptions } from '../../features/systems/components/system-descriptions.js';
import { systemCrumbs } from './system-crumbs.js';

export default function SystemDetailRoute() {
  const { t } = useTranslation();
  const { id } = useParams();
  const system = useSystem(id);
  const operator = useOrganisation(system.data?.operator.id);

  if (system.isPending) return <PageLoading />;
  if (system.isError) return <QueryError error={system.error} onRetry={() => void system.refetch()} />;
  const data = system.data;

  return (
    <>
      <PageHeader
        title={data.name}
        breadcrumbs={[...systemCrumbs(t, data.operator, operator.data), { title: data.name }]}
        extra={
          data.abilities.update && (
            <ButtonLink type="primary" icon={<EditOutlined aria-hidden />} to={`/systems/${data.id}/edit`}>
              {t('ui.common.edit')}
            </ButtonLink>
          )
        }
      />
      <SystemDescriptions system={data} />
    </>
  );
}
