// The regimes feature's public entry: the only file of web/src/features/regimes that app/ and other features import.
export { RegimesScreen } from './components/regimes-screen.js';
