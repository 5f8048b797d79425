import { ComplianceDashboard } from '../../features/reports/index.js';
import { useCurrentOrganisation } from '../current-organisation.js';

/** "Báo cáo" (left menu): the dashboard with every download laid out first, for anyone who can see a subtree. */
export default function ReportsRoute() {
  const { current } = useCurrentOrganisation();
  return <ComplianceDashboard emphasis="reports" defaultOrganisationId={current?.id} />;
}
