// The organisations feature's public entry: the only file of web/src/features/organisations that app/ and other
// features import.
export { useOrganisation, useOrganisations } from './api/organisations.js';
export { OrganisationDetails } from './components/organisation-details.js';
export { OrganisationForm, type OrganisationFormMode } from './components/organisation-form.js';
export { OrganisationTree } from './components/organisation-tree.js';
