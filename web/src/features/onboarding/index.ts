// The onboarding feature's public entry: the only file of web/src/features/onboarding that app/ and other features
// import.
export { OnboardingScreen } from './components/onboarding-screen.js';
