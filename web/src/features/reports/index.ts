// The reports feature's public entry: the only file of web/src/features/reports that app/ and other features import.
export { default as ComplianceDashboard } from './components/compliance-dashboard.js';
export { prefetchOverview } from './api/reports.js';
