// The dossiers feature's public entry: the only file of web/src/features/dossiers that app/ and other features
// import.
export { dossierListKeys, useDossier, useDossiers, useInbox, useSystemFacts } from './api/dossiers.js';
export { parseDossierListParams, toDossierSearchParams, type DossierListParams } from './api/list-params.js';
export { DossierNewForm } from './components/dossier-new-form.js';
export { DossierStatusTag, DueDate } from './components/dossier-tags.js';
export { DossierView } from './components/dossier-view.js';
export { DossiersFilters } from './components/dossiers-filters.js';
export { DossiersTable } from './components/dossiers-table.js';
export { OfficerTodo, ReviewerInbox } from './components/inbox.js';
export { LevelForm } from './components/level-form.js';
export type { LevelDraft } from './components/level-questions.js';
