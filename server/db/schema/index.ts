export * from './organisations.js';
export * from './users.js';
export * from './systems.js';
export * from './dossiers.js';
export * from './documents.js';
export * from './onboarding.js';
export * from './notifications.js';
