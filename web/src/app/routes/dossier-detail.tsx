import { useParams } from 'react-router';
import { PageLoading } from '../../components/ui/page-loading.js';
import { QueryError } from '../../components/ui/query-error.js';
import { DossierView, useDossier } from '../../features/dossiers/index.js';

export default function DossierDetailRoute() {
  const { id } = useParams();
  const dossier = useDossier(id);
  if (dossier.isPending) return <PageLoading />;
  if (dossier.isError) return <QueryError page error={dossier.error} onRetry={() => void dossier.refetch()} />;
  return <DossierView key={dossier.data.id} dossier={dossier.data} />;
}
