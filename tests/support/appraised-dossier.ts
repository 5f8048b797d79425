import { expect } from 'vitest';
import { makeSubmittableDossier } from '../factories/dossiers.js';
import { makeSystem } from '../factories/systems.js';
import { DINH_BINH, type Demo } from './demo.js';
import type { TestApp } from './test-app.js';

/** A new dossier of Định Bình, submitted and appraised through the API: ready for the leader's decision. */
export async function appraisedDossier(app: TestApp, demo: Demo) {
  const system = await makeSystem(app.db, { operatorOrganisationId: demo.org(DINH_BINH).id });
  const dossier = await makeSubmittableDossier(app.db, {
    operatorOrganisationId: system.operatorOrganisationId,
    systems: [{ systemId: system.id }],
  });
  const submitted = await (
    await app.as('dinhbinh.cntt')
  ).post(`/api/dossiers/${dossier.id}/transitions`, { body: { action: 'submit', version: dossier.version } });
  expect(submitted.status, submitted.text).toBe(200);
  const appraised = await (
    await app.as('sotttt.thamdinh')
  ).post(`/api/dossiers/${dossier.id}/transitions`, {
    body: {
      action: 'appraise',
      version: submitted.json.version,
      conclusions: { level: 'suitable', designPlan: 'suitable', operationPlan: 'suitable' },
    },
  });
  expect(appraised.status, appraised.text).toBe(200);
  return { id: dossier.id, version: appraised.json.version as number };
}
