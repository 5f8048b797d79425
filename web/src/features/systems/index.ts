// The systems feature's public entry: the only file of web/src/features/systems that app/ and other features import.
export { parseListParams, toSearchParams } from './api/list-params.js';
export { useCreateSystem, useUpdateSystem } from './api/save-system.js';
export { fetchSystem, systemKeys, useSystem, useSystems } from './api/systems.js';
export { SystemDescriptions } from './components/system-descriptions.js';
export { SystemForm } from './components/system-form.js';
export { LevelTag } from './components/system-tags.js';
export { ALL_ORGANISATIONS, SystemsFilters } from './components/systems-filters.js';
export { SystemsTable } from './components/systems-table.js';
