import type { TFunction } from 'i18next';
import type { Organisation, OrganisationRef } from '#shared/organisations/organisations.schemas.js';
import type { Crumb } from '../../components/ui/page-header.js';

/**
 * Systems > the operator's place in the organisation tree > the system. Each organisation
 * links to the systems list filtered to its subtree.
 */
export function systemCrumbs(
  t: TFunction,
  operator: OrganisationRef,
  operatorDetails: Organisation | undefined,
): Crumb[] {
  const path = operatorDetails ? [...operatorDetails.ancestors, operator] : [operator];
  return [
    { title: t('ui.systems.title'), to: '/systems' },
    ...path.map((o) => ({ title: o.name, to: `/systems?organisationId=${o.id}` })),
  ];
}
