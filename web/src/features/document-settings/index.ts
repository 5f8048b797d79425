// The document-settings feature's public entry (how organisations sign their documents, and the registers their
// numbers come from): the only file of web/src/features/document-settings that app/ imports.
export { DocumentRegistersScreen } from './components/document-registers-screen.js';
export { DocumentSettingsScreen } from './components/document-settings-screen.js';
