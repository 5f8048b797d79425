// The calendar feature's public entry: the only file of web/src/features/calendar that app/ and other features import.
export { HolidaysScreen } from './components/holidays-screen.js';
