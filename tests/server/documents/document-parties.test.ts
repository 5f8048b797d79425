import { eq } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { levelAnswersSchema } from '#shared/level-assessments/level-answers.schemas.js';
import { determineLevel } from '#shared/regimes/determine-level.js';
import { dossiers, dossierSystems } from '#server/db/schema/index.js';
import { buildFormData } from '#server/modules/documents/build-form-data.js';
import { loadFormSources } from '#server/modules/documents/load-sources.js';
import { loadDocumentOrganisations } from '#server/modules/documents/parties.js';
import { loadDossierRecords, selectDossiers } from '#server/modules/dossiers/queries.js';
import { loadRegimes } from '#server/modules/regimes/load-regimes.js';
import { makeDossier } from '../../factories/dossiers.js';
import { DINH_BINH, DISTRICT, PROVINCE, SO_TTTT, TTDVNN, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import type { TestApp } from '../../support/test-app.js';

/** What a document says of the organisations it names (parties.ts), and which rules it cites (build-form-data.ts). */
let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

test('a party names the bodies above it, nearest first, and its drafting unit and act from its settings', async () => {
  const admin = await app.as('admin');
  const so = demo.org(SO_TTTT).id;
  const path = `/api/organisations/${so}/document-settings`;
  const { version, organisationId: _id, ...current } = (await admin.get(path)).json;
  const basis =
    'Quyết định số .../QĐ-UBND ngày ... của Ủy ban nhân dân tỉnh Thanh Hóa quy định chức năng, nhiệm vụ, quyền hạn ' +
    'và cơ cấu tổ chức của Sở Thông tin và Truyền thông tỉnh Thanh Hóa';
  const saved = await admin.request('PUT', path, { body: { ...current, version, functionsBasis: basis } });
  expect(saved.status, saved.text).toBe(200);

  const ids = [DINH_BINH, SO_TTTT, PROVINCE, TTDVNN].map((name) => demo.org(name).id);
  const parties = await loadDocumentOrganisations(app.db, ids);
  const party = (name: string) => parties.get(demo.org(name).id)!.party;
  expect(party(DINH_BINH)).toMatchObject({
    superiors: [DISTRICT, PROVINCE],
    // A people's committee has no parent line in its header.
    parentName: null,
    draftingUnit: 'VP',
    functionsBasis: '',
  });
  expect(party(SO_TTTT)).toMatchObject({
    superiors: [PROVINCE],
    parentName: 'UBND tỉnh Thanh Hóa',
    draftingUnit: 'PCNTT',
    functionsBasis: basis,
  });
  expect(party(TTDVNN)).toMatchObject({
    superiors: [DISTRICT, PROVINCE],
    parentName: 'UBND huyện Yên Định',
    draftingUnit: '',
  });
  expect(party(PROVINCE).superiors).toEqual([]);
});

test('a form cites the rules that decided the level, not the lower ones the system also matched', async () => {
  const system = demo.systemOf(DINH_BINH);
  const dossier = await makeDossier(app.db, {
    operatorOrganisationId: system.operatorOrganisationId,
    systems: [{ systemId: system.id, level: 3 }],
  });
  const regimes = await loadRegimes(app.db);
  // An online service in a conditional business line with private data of few users: R9 (level 3) and R5 (level 2).
  const answers = levelAnswersSchema.parse({
    systemType: 'onlineService',
    informationTypes: ['private'],
    conditionalBusinessLine: true,
    personalInfoUsers: 500,
  });
  const { level, matchedRules } = determineLevel(regimes.nd85.rules, answers);
  expect({ level, rules: matchedRules.map((rule) => [rule.ruleId, rule.level]) }).toEqual({
    level: 3,
    rules: [
      ['R9', 3],
      ['R5', 2],
    ],
  });
  const storeAssessment = async (rules: unknown[]) => {
    await app.db
      .update(dossierSystems)
      .set({ proposedLevel: 3, assessment: { answers, level, matchedRules: rules } })
      .where(eq(dossierSystems.dossierId, dossier.id));
    const rows = await selectDossiers(app.db).where(eq(dossiers.id, dossier.id));
    const [record] = await loadDossierRecords(app.db, rows, regimes);
    const data = buildFormData('explanation', await loadFormSources(app.db, record!, regimes));
    return data.systems[0]!.rules.map((rule) => [rule.ruleId, rule.citation]);
  };
  const r9 = ['R9', regimes.nd85.rules.find((rule) => rule.id === 'R9')!.citation.vi];
  expect(await storeAssessment(matchedRules)).toEqual([r9]);
  // An assessment stored without each rule's level: the regime gives it.
  const withoutLevels = matchedRules.map(({ level: _level, ...rule }) => rule);
  expect(await storeAssessment(withoutLevels)).toEqual([r9]);
});
