// The audit feature's public entry: the only file of web/src/features/audit that app/ and other features import.
export { AuditScreen } from './components/audit-screen.js';
