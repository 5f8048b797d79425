// The documents feature's public entry: the only file of web/src/features/documents that app/ and other features
// import.
export { DocumentExportButton } from './components/document-export.js';
export { DocumentsTab } from './components/documents-tab.js';
