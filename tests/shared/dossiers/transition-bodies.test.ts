import { describe, expect, test } from 'vitest';
import { todayInVietnam } from '#shared/calendar/today-in-vietnam.js';
import { addCalendarDays } from '#shared/calendar/working-days.js';
import { dossierActions, type DossierAction } from '#shared/dossiers/dossier-workflow.js';
import {
  transitionBodySchema,
  transitionBodySchemas,
  transitionFieldNeeds,
  transitionFields,
  type TransitionField,
} from '#shared/dossiers/transition-body.schemas.js';
import { casesFor, verdictOf } from '../../support/transition-body-cases.js';

/**
 * The one contract per workflow action, read as a table: for every action, the bodies derived by
 * walking its schema (tests/support/transition-body-cases.ts), accepted and refused. The rules below
 * are what the workflow needs in plain words; the table must bear each of them out.
 */
const rules: Record<DossierAction, { required: TransitionField[]; optional: TransitionField[] }> = {
  requestOpinion: { required: [], optional: ['comment'] },
  giveOpinion: { required: ['documentNumber', 'documentDate'], optional: ['comment'] },
  submit: { required: [], optional: ['documentNumber', 'documentDate', 'comment'] },
  return: { required: ['comment'], optional: [] },
  appraise: { required: ['conclusions'], optional: ['comment'] },
  recordExternalAppraisal: {
    required: ['documentNumber', 'documentDate', 'conclusions'],
    optional: ['attachmentId', 'comment'],
  },
  approve: { required: ['documentDate'], optional: ['documentNumber', 'comment'] },
  withdraw: { required: [], optional: ['comment'] },
};

const reasons = {
  required: 'Trường này là bắt buộc.',
  returnReasons: 'Nêu rõ nội dung yêu cầu bổ sung, hoàn thiện hồ sơ.',
  unsuitableReasons: 'Có kết luận "không phù hợp": nêu rõ lý do và nội dung cần hoàn thiện.',
  dateInFuture: 'Ngày văn bản không được sau ngày hôm nay.',
};

test('the union has exactly one schema per action, keyed by action', () => {
  expect(transitionBodySchema.options.map((option) => option.shape.action.value)).toEqual([...dossierActions]);
  for (const action of dossierActions) expect(transitionBodySchemas[action].shape.action.value).toBe(action);
});

describe.each(dossierActions)('%s', (action) => {
  const cases = casesFor(action);
  const named = (name: string) => {
    const found = cases.find((item) => item.name === name);
    expect(found, name).toBeDefined();
    return found!;
  };
  const { required, optional } = rules[action];
  // The table holds each body once, under its first name: with no optional field, "full" is "minimal".
  const full = () => cases.find((item) => item.name === 'full') ?? named('minimal');
  const without = (body: Record<string, unknown>, field: string) =>
    Object.fromEntries(Object.entries(body).filter(([key]) => key !== field));

  test('asks for exactly its fields: the required ones in the minimal body, the others besides', () => {
    const needs = transitionFieldNeeds(action);
    expect(transitionFields.filter((field) => needs[field] === 'required').sort()).toEqual([...required].sort());
    expect(transitionFields.filter((field) => needs[field] === 'optional').sort()).toEqual([...optional].sort());
    expect(Object.keys(named('minimal').body).sort()).toEqual(['action', 'version', ...required].sort());
    expect(named('minimal').accepted).toBe(true);
    expect(Object.keys(full().body).sort()).toEqual(['action', 'version', ...required, ...optional].sort());
    expect(full().accepted).toBe(true);
  });

  test.each(required)('refuses a body without %s, naming it', (field) => {
    const refused = named(`minimal without ${field}`);
    expect(refused.accepted).toBe(false);
    expect(refused.issues.map((issue) => issue.path)).toEqual([field]);
    expect(refused.issues[0]!.message).toBe(field === 'comment' ? reasons.returnReasons : reasons.required);
  });

  test.each(optional)('takes a body without %s', (field) => {
    const body = without(full().body, field);
    expect(cases.find((item) => JSON.stringify(item.body) === JSON.stringify(body))?.accepted).toBe(true);
  });

  test("refuses every field that is not this action's, naming it", () => {
    const strangers = transitionFields.filter((field) => !required.includes(field) && !optional.includes(field));
    for (const field of strangers) {
      const refused = named(`full, with ${field} (not this action's)`);
      expect(refused.issues).toEqual([{ path: 'body', message: `Trường không được hỗ trợ: ${field}.` }]);
    }
  });

  test('a document date may be today, never tomorrow (Vietnam time)', () => {
    if (!required.includes('documentDate') && !optional.includes('documentDate')) return;
    const today = todayInVietnam();
    expect(named(`full, documentDate = "${today}"`).accepted).toBe(true);
    expect(named(`full, documentDate = "${addCalendarDays(today, 1)}"`).issues).toEqual([
      { path: 'documentDate', message: reasons.dateInFuture },
    ]);
  });

  test('every body it takes is still taken once parsed (the web app sends the parsed body)', () => {
    for (const item of cases.filter((each) => each.accepted)) {
      const parsed = transitionBodySchema.parse(item.body);
      expect(verdictOf(parsed), item.name).toEqual({ accepted: true, issues: [] });
      expect(transitionBodySchema.parse(parsed), item.name).toEqual(parsed);
    }
  });

  test('every body it refuses names a field and says why in Vietnamese', () => {
    for (const item of cases.filter((each) => !each.accepted)) {
      expect(item.issues.length, item.name).toBeGreaterThan(0);
      for (const issue of item.issues) {
        expect(issue.path, item.name).toMatch(/^(body|action|version|[a-zA-Z]+(\.[a-zA-Z]+)?)$/);
        // A catalogue text, never a key nor Zod's English.
        expect(issue.message, item.name).not.toMatch(/^validation\.|Invalid|Expected/);
      }
    }
  });
});

describe('the rules that span fields or differ between actions', () => {
  const first = (action: DossierAction, name: string) => casesFor(action).find((item) => item.name === name)!;
  const unsuitable = { level: 'suitable', designPlan: 'unsuitable', operationPlan: 'suitable' };

  test.each(['appraise', 'recordExternalAppraisal'] as const)(
    '%s: an "unsuitable" conclusion needs the reasons; blank ones are none',
    (action) => {
      const base = first(action, 'full').body;
      for (const comment of [undefined, '', '   '])
        expect(verdictOf({ ...base, conclusions: unsuitable, comment }).issues).toEqual([
          { path: 'comment', message: reasons.unsuitableReasons },
        ]);
      expect(verdictOf({ ...base, conclusions: unsuitable, comment: 'Thiếu phương án sao lưu' }).accepted).toBe(true);
      expect(verdictOf({ ...base, comment: undefined }).accepted).toBe(true);
    },
  );

  test('return: blank reasons are no reasons', () => {
    expect(first('return', 'minimal, comment = "   "').issues).toEqual([
      { path: 'comment', message: reasons.returnReasons },
    ]);
    expect(first('return', 'minimal, comment = ""').issues).toEqual([
      { path: 'comment', message: reasons.returnReasons },
    ]);
  });

  test('approve: an empty number is no number, so the register gives one', () => {
    expect(first('approve', 'full, documentNumber = ""').accepted).toBe(true);
    const parsed = transitionBodySchemas.approve.parse({ ...first('approve', 'full').body, documentNumber: '  ' });
    expect(parsed.documentNumber).toBeUndefined();
  });

  test('giveOpinion needs the letter; withdraw needs no reasons (the two rules the web app once had wrong)', () => {
    expect(first('giveOpinion', 'minimal without documentNumber').accepted).toBe(false);
    expect(first('giveOpinion', 'minimal without documentDate').accepted).toBe(false);
    expect(first('withdraw', 'minimal').body).toEqual({ action: 'withdraw', version: 1 });
    expect(first('withdraw', 'minimal').accepted).toBe(true);
  });

  test('an unknown or missing action is refused on `action`', () => {
    for (const action of dossierActions) {
      expect(first(action, 'unknown action').issues).toEqual([
        { path: 'action', message: 'Giá trị không thuộc danh sách cho phép.' },
      ]);
      expect(first(action, 'no action').issues.map((issue) => issue.path)).toEqual(['action']);
    }
  });
});
