import type { DossierStatus } from '#shared/dossiers/dossier-workflow.js';

/**
 * The lists behind the dashboard's numbers, filtered as the number counts (the lists keep their
 * filters in the URL). They show the records as they stand today, whatever day the numbers are for.
 */
export const systemsListOf = (organisationId: string, level?: '1' | '2' | '3' | '4' | '5' | 'none') =>
  `/systems?${new URLSearchParams({ organisationId, ...(level ? { level } : {}) }).toString()}`;

export const dossiersListOf = (organisationId: string, status?: DossierStatus) =>
  `/dossiers?${new URLSearchParams({ organisationId, ...(status ? { status } : {}) }).toString()}`;

export const organisationPageOf = (organisationId: string) => `/organisations/${organisationId}`;
