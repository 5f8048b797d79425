import { useCurrentOrganisation } from '../../app/current-organisation.js';
import ComplianceDashboard from './components/compliance-dashboard.js';

/** "Báo cáo" (left menu): the dashboard with every download laid out first, for anyone who can see a subtree. */
export default function ReportsRoute() {
  const { current } = useCurrentOrganisation();
  return <ComplianceDashboard emphasis="reports" defaultOrganisationId={current?.id} />;
}
