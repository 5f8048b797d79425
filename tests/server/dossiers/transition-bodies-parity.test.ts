import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  dossierActions,
  workflow,
  type DossierAction,
  type DossierStatus,
  type Transition,
} from '#shared/dossiers/dossier-workflow.js';
import { dossiers } from '#server/db/schema/index.js';
import { makeAttachment, makeSubmittableDossier } from '../../factories/dossiers.js';
import { DINH_BINH, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import type { TestApp } from '../../support/test-app.js';
import { CASE_ATTACHMENT_ID, casesFor, type TransitionBodyCase } from '../../support/transition-body-cases.js';

/**
 * The server half of the parity proof: every body of the table derived from the one contract per
 * action (tests/support/transition-body-cases.ts) is posted to the real API, by the person who may
 * take the action, on a dossier where the workflow allows it. A body the contract refuses answers
 * 400 naming exactly the contract's fields and reasons, and changes nothing; a body it accepts
 * moves the dossier. The web half (tests/web/dossiers/transition-bodies-parity.test.ts) holds the
 * transition dialog to the same verdicts, so the dialog and the server accept the same bodies.
 */
let app: TestApp;
let demo: Demo;
let preparerId: string;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));
beforeAll(async () => {
  preparerId = await demo.userId('dinhbinh.cntt');
});

/** Where each action is possible, and who takes it (as in workflow-table.test.ts). */
const setting: Record<DossierAction, { status: DossierStatus; level: 2 | 4; username: string }> = {
  requestOpinion: { status: 'drafting', level: 4, username: 'dinhbinh.cntt' },
  giveOpinion: { status: 'opinionRequested', level: 4, username: 'sotttt.thamdinh' },
  submit: { status: 'drafting', level: 2, username: 'dinhbinh.cntt' },
  return: { status: 'submitted', level: 2, username: 'sotttt.thamdinh' },
  appraise: { status: 'submitted', level: 2, username: 'sotttt.thamdinh' },
  recordExternalAppraisal: { status: 'submitted', level: 4, username: 'sotttt.thamdinh' },
  approve: { status: 'appraised', level: 2, username: 'sotttt.lanhdao' },
  withdraw: { status: 'drafting', level: 2, username: 'dinhbinh.cntt' },
};

/** Complete with its design document: a submit is judged on its body alone. */
const dossierFor = (action: DossierAction) =>
  makeSubmittableDossier(app.db, {
    operatorOrganisationId: demo.org(DINH_BINH).id,
    systems: [{ systemId: demo.systemOf(DINH_BINH).id, level: setting[action].level }],
    status: setting[action].status,
    preparedBy: preparerId,
    submittedBy: setting[action].status === 'drafting' ? null : preparerId,
  });

const post = async (action: DossierAction, dossierId: string, body: Record<string, unknown>) =>
  (await app.as(setting[action].username)).post(`/api/dossiers/${dossierId}/transitions`, { body });

test('every action is set up where the workflow allows it', () => {
  for (const action of dossierActions) expect(workflow[action].from).toContain(setting[action].status);
});

describe.each(dossierActions)('%s: the API gives the contract’s verdict on every body', (action) => {
  const cases = casesFor(action);
  const refused = cases.filter((item) => !item.accepted);
  const accepted = cases.filter((item) => item.accepted);

  test(`refuses ${refused.length} bodies with the contract's 400 on its fields; nothing changes`, async () => {
    expect(refused.length).toBeGreaterThan(0);
    const dossier = await dossierFor(action);
    for (const item of refused) {
      const res = await post(action, dossier.id, item.body);
      expect(res.status, `${item.name}: ${res.text}`).toBe(400);
      expect(res.json.error.code).toBe('validation_failed');
      expect(res.json.error.issues, item.name).toEqual(item.issues);
    }
    const [row] = await app.db.select().from(dossiers).where(eq(dossiers.id, dossier.id));
    expect(row).toEqual(dossier);
  });

  test.each(accepted.map((item) => [item.name, item] as const))(
    'accepts %s',
    async (_name, item: TransitionBodyCase) => {
      const dossier = await dossierFor(action);
      const body = { ...item.body };
      // The contract takes any id; the server then checks that the file belongs to this dossier.
      if (body.attachmentId === CASE_ATTACHMENT_ID) body.attachmentId = (await makeAttachment(app.db, dossier.id)).id;
      const res = await post(action, dossier.id, body);
      expect(res.status, res.text).toBe(200);
      const transition: Transition = workflow[action];
      expect([transition.to, transition.toWhenUnsuitable]).toContain(res.json.status);
      expect(res.json.version).toBe(dossier.version + 1);
    },
  );
});
