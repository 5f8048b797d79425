// The designations feature's public entry: the only file of web/src/features/designations that app/ and other
// features import.
export { DesignationsScreen } from './components/designations-screen.js';
