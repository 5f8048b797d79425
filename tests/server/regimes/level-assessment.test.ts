import { expect, test } from 'vitest';
import { useDemoApp } from '../../support/demo-app.js';
import type { TestApp } from '../../support/test-app.js';

let app: TestApp;
useDemoApp((opened) => (app = opened));

test('answers the highest matching level with every matched rule, citation and explanation', async () => {
  const officer = await app.as('dinhbinh.cntt');
  const res = await officer.request('POST', '/api/level-assessments', {
    body: {
      regime: 'nd331',
      answers: {
        systemType: 'onlineService',
        informationTypes: ['personal'],
        handlesAdministrativeProcedures: true,
        basicDataSubjects: 500,
      },
    },
  });
  expect(res.status).toBe(200);
  expect(res.json.level).toBe(3);
  expect(res.json.matchedRules.map((rule: { ruleId: string }) => rule.ruleId)).toEqual(['N10', 'N4', 'N5']);
  expect(res.json.matchedRules[0].citation.vi).toBe('Điểm b khoản 2 Điều 13 Nghị định 331/2026/NĐ-CP');
  expect(res.json.matchedRules[0].explanation.vi).toContain('thủ tục hành chính');
});

test('the same answers give level 2 under nd85 (R2)', async () => {
  const officer = await app.as('dinhbinh.cntt');
  const res = await officer.request('POST', '/api/level-assessments', {
    body: { regime: 'nd85', answers: { systemType: 'internal', informationTypes: ['private', 'personal'] } },
  });
  expect(res.json).toMatchObject({ regime: 'nd85', level: 2, matchedRules: [{ ruleId: 'R2', level: 2 }] });
});

test('bad answers answer 400 naming each field in Vietnamese', async () => {
  const officer = await app.as('dinhbinh.cntt');
  const res = await officer.request('POST', '/api/level-assessments', {
    body: { regime: 'nd99', answers: { systemType: 'internal', informationTypes: [], basicDataSubjects: -1 } },
  });
  expect(res.status).toBe(400);
  const paths = res.json.error.issues.map((issue: { path: string }) => issue.path);
  expect(paths).toEqual(expect.arrayContaining(['regime', 'answers.informationTypes', 'answers.basicDataSubjects']));
  expect(res.json.error.issues.find((i: { path: string }) => i.path === 'answers.informationTypes').message).toBe(
    'Chọn ít nhất một loại thông tin mà hệ thống xử lý.',
  );
});

test('an anonymous caller gets 401', async () => {
  const res = await app
    .anonymous()
    .request('POST', '/api/level-assessments', { body: { regime: 'nd85', answers: {} } });
  expect(res.status).toBe(401);
});
