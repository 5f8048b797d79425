import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { reportDashboard } from '#shared/reports/dashboard.contract.js';
import { annualReport, complianceReport } from '#shared/reports/reports.contract.js';
import { reportSummary } from '#shared/reports/summary.contract.js';
import type { ReportFormat } from '#shared/reports/reports.schemas.js';
import type { RegimeId } from '#shared/regimes/regime.schemas.js';
import { call, hrefOf } from '../../../lib/api.js';
import type { DashboardParams } from './dashboard-params.js';

const reportKeys = {
  all: ['reports'] as const,
  // The narrative is written in the language asked for: a language switch asks again.
  compliance: (scope: DashboardParams, locale: string) => [...reportKeys.all, 'compliance', scope, locale] as const,
  summary: (scope: DashboardParams, locale: string) => [...reportKeys.all, 'summary', scope, locale] as const,
  dashboard: (scope: DashboardParams) => [...reportKeys.all, 'dashboard', scope] as const,
};

/** The compliance report as JSON: the narrative, the headline numbers and the whole lists (the Báo cáo page). */
export function useComplianceReport(scope: DashboardParams, { enabled = true }: { enabled?: boolean } = {}) {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: reportKeys.compliance(scope, i18n.language),
    queryFn: ({ signal }) =>
      call(complianceReport, { query: { organisationId: scope.organisationId, asOf: scope.asOf }, signal }),
    enabled,
  });
}

/**
 * What the home page shows of the report: the same numbers and narrative, the lists' first rows with
 * their totals (a few kilobytes where the whole report of a country is over a megabyte).
 */
const summaryQuery = (scope: DashboardParams, locale: string) =>
  queryOptions({
    queryKey: reportKeys.summary(scope, locale),
    queryFn: ({ signal }) =>
      call(reportSummary, { query: { organisationId: scope.organisationId, asOf: scope.asOf }, signal }),
  });

/** The breakdown by child unit and the approvals per month. */
const dashboardQuery = (scope: DashboardParams) =>
  queryOptions({
    queryKey: reportKeys.dashboard(scope),
    queryFn: ({ signal }) =>
      call(reportDashboard, { query: { organisationId: scope.organisationId, asOf: scope.asOf }, signal }),
  });

export function useReportSummary(scope: DashboardParams, { enabled = true }: { enabled?: boolean } = {}) {
  const { i18n } = useTranslation();
  return useQuery({ ...summaryQuery(scope, i18n.language), enabled });
}

export const useDashboard = (scope: DashboardParams) => useQuery(dashboardQuery(scope));

/**
 * The home page's two requests, started by the login as soon as it succeeds, so that they run while the page's
 * code loads and the page first draws with its numbers (app/routes/home.tsx).
 */
export function prefetchOverview(queryClient: QueryClient, scope: DashboardParams, locale: string) {
  void queryClient.prefetchQuery(summaryQuery(scope, locale));
  void queryClient.prefetchQuery(dashboardQuery(scope));
}

const withQuery = (path: string, query: Record<string, string | number | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== '') search.set(key, String(value));
  return `${path}?${search.toString()}`;
};

/** The compliance report as a file: a plain same-origin link the browser downloads with the session cookie. */
export const complianceHref = (scope: DashboardParams, format: 'xlsx' | 'pdf' | 'docx' | 'csv') =>
  withQuery(hrefOf(complianceReport, {}), { organisationId: scope.organisationId, asOf: scope.asOf, format });

/** An annual report (nd331 form 08, or the nd85 yearly report) of one year as a file. */
export const annualHref = (
  organisationId: string | undefined,
  regime: RegimeId,
  year: number,
  format: Exclude<ReportFormat, 'json'>,
) => withQuery(hrefOf(annualReport, {}), { organisationId, year, regime, format });
