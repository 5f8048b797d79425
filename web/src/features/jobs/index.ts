// The jobs feature's public entry: the only file of web/src/features/jobs that app/ imports.
export { JobsScreen } from './components/jobs-screen.js';
