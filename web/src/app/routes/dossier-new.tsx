import { App, Result } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/ui/button-link.js';
import { PageHeader } from '../../components/ui/page-header.js';
import { PageLoading } from '../../components/ui/page-loading.js';
import { QueryError } from '../../components/ui/query-error.js';
import { DossierNewForm, useSystemFacts } from '../../features/dossiers/index.js';
import { useOrganisations } from '../../features/organisations/index.js';
import { useCurrentOrganisation } from '../current-organisation.js';

export default function DossierNewRoute() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const { current } = useCurrentOrganisation();
  const organisations = useOrganisations();
  const presetSystemId = search.get('systemId') ?? undefined;
  const preset = useSystemFacts(presetSystemId);

  const header = (
    <PageHeader
      title={t('ui.dossierNew.title')}
      breadcrumbs={[{ title: t('ui.dossiers.title'), to: '/dossiers' }, { title: t('ui.dossiers.create') }]}
    />
  );
  if (organisations.isPending || (presetSystemId && preset.isPending)) return <PageLoading />;
  if (organisations.isError)
    return <QueryError error={organisations.error} onRetry={() => void organisations.refetch()} />;

  const operators = organisations.data.filter((o) => o.abilities.createSystem);
  if (operators.length === 0) {
    return (
      <>
        {header}
        <Result
          status="403"
          title={t('ui.dossierNew.noOperatorChoice')}
          extra={<ButtonLink to="/dossiers">{t('ui.common.back')}</ButtonLink>}
        />
      </>
    );
  }
  const presetOperator =
    preset.data && operators.some((o) => o.id === preset.data.operator.id) ? preset.data.operator.id : undefined;
  const defaultOperatorId =
    presetOperator ??
    operators.find((o) => o.id === current?.id)?.id ??
    (operators.length === 1 ? operators[0]!.id : undefined);

  return (
    <>
      {header}
      <DossierNewForm
        organisations={organisations.data}
        defaultOperatorId={defaultOperatorId}
        presetSystemId={presetOperator ? presetSystemId : undefined}
        onCancel={() => void navigate('/dossiers')}
        onCreated={(dossier) => {
          void message.success(t('ui.dossierNew.created'));
          void navigate(`/dossiers/${dossier.id}?tab=level`);
        }}
      />
    </>
  );
}
