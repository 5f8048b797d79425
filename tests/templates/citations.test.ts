import { describe, expect, test } from 'vitest';
import type { FormData } from '#shared/documents/form-data.schemas.js';
import { nd331 } from '#shared/regimes/nd331.js';
import { nd85 } from '#shared/regimes/nd85.js';
import { formKeys } from '#shared/regimes/regime.schemas.js';
import { decidingRules } from '#templates/forms/deciding-rules.js';
import { formDefinition } from '#templates/forms/index.js';
import { blankToFill } from '#templates/official-parts.js';
import { asDraft, blocksOf, render, textOf } from './render-form.js';

/**
 * Issue 13, item 7: laws and decrees cited with their dates where confirmed, a form cites the rule that decided
 * the level, and no placeholder is printed: the organisation's data, or a blank to fill.
 */

const basesOf = (key: (typeof formKeys)[number], data?: FormData) =>
  blocksOf(render(key, data), 'legalBases')[0]!.lines;

describe('the regimes’ legal bases', () => {
  test('nd85 cites the law and the decree with their dates', () => {
    expect(nd85.legalBases[0]).toBe('Luật An toàn thông tin mạng ngày 19 tháng 11 năm 2015');
    expect(nd85.legalBases[1]).toMatch(/^Nghị định số 85\/2016\/NĐ-CP ngày 01 tháng 7 năm 2016 của Chính phủ /u);
  });

  test('nd331 cites the law with the day it was passed, the decree by its number (its signing day unconfirmed)', () => {
    expect(nd331.legalBases[0]).toBe('Luật An ninh mạng ngày 10 tháng 12 năm 2025');
    expect(nd331.legalBases[1]).toMatch(/^Nghị định số 331\/2026\/NĐ-CP của Chính phủ /u);
  });
});

describe('the rule that decided the level', () => {
  const form02 = formDefinition('form-02').sample;
  const [lower, deciding] = form02.systems[0]!.rules as [
    FormData['systems'][0]['rules'][0],
    FormData['systems'][0]['rules'][0],
  ];
  const inText = (citation: string) => citation.toLocaleLowerCase('vi-VN');

  test('the sample matched a level-2 rule and the level-3 rule that decided', () => {
    expect([lower.ruleId, deciding.ruleId]).toEqual(['N4', 'N10']);
    expect(decidingRules(form02.regime, form02.systems[0]!)).toEqual([deciding]);
  });

  test.each(['form-02', 'appraisal-opinion', 'explanation'] as const)('%s cites only the deciding rule', (key) => {
    const text = textOf(key, form02).toLocaleLowerCase('vi-VN');
    expect(text).toContain(inText(deciding.citation));
    expect(text).not.toContain(inText(lower.citation));
  });

  test('a rule the shipped regime does not know is kept; with none left, the rules given stand', () => {
    const system = form02.systems[0]!;
    const own = { ruleId: 'X1', citation: 'Quy định riêng', explanation: 'Do quản trị viên thêm.' };
    expect(decidingRules(form02.regime, { ...system, rules: [lower, own] })).toEqual([own]);
    expect(decidingRules(form02.regime, { ...system, level: 4, rules: [lower, deciding] })).toEqual([lower, deciding]);
    expect(decidingRules(form02.regime, { ...system, level: null })).toEqual(system.rules);
  });
});

describe('the act giving a body its functions', () => {
  test('is cited from the settings when they name it', () => {
    const owner = formDefinition('form-07').sample.owner;
    expect(basesOf('form-07')).toContain(`Căn cứ ${owner.functionsBasis};`);
  });

  test('is a dotted line to fill when they do not, never a description of what belongs there', () => {
    expect(formDefinition('approval-decision').sample.approver.functionsBasis).toBe('');
    expect(basesOf('approval-decision')).toContain(`Căn cứ ${blankToFill};`);
    expect(textOf('approval-decision')).not.toContain('quy định chức năng, nhiệm vụ');
  });
});

describe('the Prime Minister’s list of level-5 systems', () => {
  test('is cited by a decision whose number and date are left blank', () => {
    expect(basesOf('form-07')).toContain(
      'Căn cứ Quyết định số      /QĐ-TTg ngày      của Thủ tướng Chính phủ phê duyệt Danh mục hệ thống thông tin ' +
        'cấp độ 5;',
    );
    expect(textOf('form-07')).not.toContain('được Thủ tướng Chính phủ phê duyệt');
  });
});

describe('no placeholder is printed', () => {
  const placeholders = ['Cơ quan cấp trên', '(nếu có)', '…', 'cấp có thẩm quyền', 'của Sở ...'];
  const cases = formKeys.flatMap((key) =>
    formKeys.map((sampleKey) => ({ key, sampleKey, sample: formDefinition(sampleKey).sample })),
  );

  test.each(cases)('$key from the $sampleKey sample, issued and as a draft', ({ key, sample, sampleKey }) => {
    for (const data of [sample, { ...asDraft(sampleKey), form: key }]) {
      const text = textOf(key, data);
      for (const placeholder of placeholders) expect(text).not.toContain(placeholder);
      // Dots only as the whole line left to fill in.
      expect(text.split(blankToFill).join('')).not.toContain('...');
    }
  });
});
