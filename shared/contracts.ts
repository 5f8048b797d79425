/** Every endpoint of the API, in the order the reference lists them. */
export * as healthContracts from './health/health.contract.js';
export * as authContracts from './auth/auth.contract.js';
export * as userContracts from './users/users.contract.js';
export * as adminSessionContracts from './auth/admin-sessions.contract.js';
export * as organisationContracts from './organisations/organisations.contract.js';
export * as designationContracts from './designations/designations.contract.js';
export * as systemContracts from './systems/systems.contract.js';
export * as levelAssessmentContracts from './level-assessments/level-assessments.contract.js';
export * as dossierContracts from './dossiers/dossiers.contract.js';
export * as regimeContracts from './regimes/regimes.contract.js';
export * as calendarContracts from './calendar/calendar.contract.js';
export * as documentContracts from './documents/documents.contract.js';
export * as documentRegisterContracts from './documents/document-registers.contract.js';
export * as reportContracts from './reports/reports.contract.js';
export * as dashboardContracts from './reports/dashboard.contract.js';
export * as auditContracts from './audit/audit-events.contract.js';
export * as onboardingContracts from './onboarding/onboarding.contract.js';
