import { CalculatorOutlined, EditOutlined, FileProtectOutlined } from '@ant-design/icons';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/ui/button-link.js';
import { PageHeader } from '../../components/ui/page-header.js';
import { PageLoading } from '../../components/ui/page-loading.js';
import { QueryError } from '../../components/ui/query-error.js';
import { useOrganisation, useOrganisations } from '../../features/organisations/index.js';
import { SystemDescriptions, useSystem } from '../../features/systems/index.js';
import { systemCrumbs } from './system-crumbs.js';

export default function SystemDetailRoute() {
  const { t } = useTranslation();
  const { id } = useParams();
  const system = useSystem(id);
  const operator = useOrganisation(system.data?.operator.id);
  const organisations = useOrganisations();

  if (system.isPending) return <PageLoading />;
  if (system.isError) return <QueryError page error={system.error} onRetry={() => void system.refetch()} />;
  const data = system.data;
  // Whoever may register systems for the operating unit prepares its dossiers (the server decides in the end).
  const canPrepare = organisations.data?.some((o) => o.id === data.operator.id && o.abilities.createSystem) ?? false;

  return (
    <>
      <PageHeader
        title={data.name}
        breadcrumbs={[...systemCrumbs(t, data.operator, operator.data), { title: data.name }]}
        extra={
          <>
            {data.approvedLevel === null && canPrepare && (
              <ButtonLink
                type="primary"
                icon={<CalculatorOutlined aria-hidden />}
                to={`/dossiers/new?systemId=${data.id}`}
              >
                {t('ui.systemDossiers.determine')}
              </ButtonLink>
            )}
            <ButtonLink icon={<FileProtectOutlined aria-hidden />} to={`/dossiers?systemId=${data.id}`}>
              {t('ui.systemDossiers.viewDossiers')}
            </ButtonLink>
            {data.abilities.update && (
              <ButtonLink
                type={data.approvedLevel === null && canPrepare ? 'default' : 'primary'}
                icon={<EditOutlined aria-hidden />}
                to={`/systems/${data.id}/edit`}
              >
                {t('ui.common.edit')}
              </ButtonLink>
            )}
          </>
        }
      />
      <SystemDescriptions system={data} />
    </>
  );
}
