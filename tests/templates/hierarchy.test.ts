import { describe, expect, test } from 'vitest';
import type { DocumentParty, FormData } from '#shared/documents/form-data.schemas.js';
import { formKeys } from '#shared/regimes/regime.schemas.js';
import { formDefinition } from '#templates/forms/index.js';
import { copyTo } from '#templates/official-parts.js';
import { blocksOf, render, textOf } from './render-form.js';

/**
 * Issue 13, item 6: copies go "(để báo cáo)" only upward, a people's committee is led by its Chủ tịch, and the
 * opinion's next step follows the routing data.
 */

const province = 'Ủy ban nhân dân tỉnh Thanh Hóa';
const district = 'Ủy ban nhân dân huyện Yên Định';
const commune = 'Ủy ban nhân dân xã Định Bình';

/** Định Bình commune as its documents name it: a committee under the district and the province. */
const dinhBinh: DocumentParty = {
  name: commune,
  shortName: 'UBND',
  place: 'Định Bình',
  parentName: null,
  headTitle: 'Chủ tịch',
  draftingUnit: 'VP',
  functionsBasis: '',
  superiors: [district, province],
};

/** The Sở's decision on the commune's own system: the case the records clerk sent back. */
const communeDecision: FormData = {
  ...formDefinition('approval-decision').sample,
  systems: [
    {
      name: 'Hệ thống thông tin phục vụ hoạt động nội bộ của UBND xã Định Bình',
      owner: commune,
      operator: commune,
      level: 2,
      rules: [],
    },
  ],
  operator: dinhBinh,
  owner: dinhBinh,
};

const recipientsOf = (key: (typeof formKeys)[number], data?: FormData) =>
  blocksOf(render(key, data), 'closing')[0]!.recipients!;

describe('copies under "Nơi nhận"', () => {
  test.each(formKeys)('%s: "(để báo cáo)" only to a body above the issuer, from every sample', (key) => {
    const definition = formDefinition(key);
    for (const sample of formKeys.map((sampleKey) => formDefinition(sampleKey).sample)) {
      const issuer = sample[definition.issuer];
      for (const line of recipientsOf(key, sample).filter((recipient) => recipient.includes('(để báo cáo)'))) {
        const body = line.replace(/^- /u, '').replace(/ \(để báo cáo\);$/u, '');
        expect(issuer.superiors).toContain(body);
      }
    }
  });

  test('a department’s decision for a commune reports to no one below it and charges its Chủ tịch', () => {
    const text = textOf('approval-decision', communeDecision);
    expect(text).not.toContain('(để báo cáo)');
    expect(text).toContain(
      'Chủ tịch Ủy ban nhân dân xã Định Bình và Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành',
    );
    expect(text).not.toMatch(/Thủ trưởng Ủy ban nhân dân/u);
    // The commune owns and operates its system: Article 3 already charges it.
    expect(recipientsOf('approval-decision', communeDecision)).toEqual(['- Như Điều 3;', '- Lưu: VT, PCNTT.']);
  });

  test('a decision charges a centre’s Giám đốc and copies the owner beside the approver "để biết"', () => {
    const text = textOf('approval-decision');
    expect(text).toContain('Giám đốc Trung tâm Dịch vụ nông nghiệp huyện Yên Định và Thủ trưởng các cơ quan');
    expect(recipientsOf('approval-decision')).toContain(`- ${district} (để biết);`);
  });

  test('the owner above the approver gets its copy "(để báo cáo)"', () => {
    const sample = formDefinition('approval-decision').sample;
    const underProvince = { ...sample, owner: { ...sample.owner, name: province } };
    expect(recipientsOf('approval-decision', underProvince)).toContain(`- ${province} (để báo cáo);`);
  });

  test('at level 3 the owner decides and the appraiser hears of it', () => {
    const sample = formDefinition('approval-decision').sample;
    const level3 = { ...sample, approver: sample.owner };
    expect(recipientsOf('approval-decision', level3)).not.toContain(`- ${district} (để biết);`);
    expect(recipientsOf('approval-decision', level3)).toContain(`- ${sample.appraiser.name} (để biết);`);
  });

  test('a request reports to the owner above the operator, and only informs one that is not', () => {
    expect(recipientsOf('form-01')).toContain('- Sở Khoa học và Công nghệ tỉnh Thanh Hóa (để báo cáo);');
    const sample = formDefinition('form-01').sample;
    const notAbove = { ...sample, operator: { ...sample.operator, superiors: [] } };
    expect(recipientsOf('form-01', notAbove)).toContain('- Sở Khoa học và Công nghệ tỉnh Thanh Hóa (để biết);');
  });

  test('copyTo: upward "để báo cáo", otherwise "để biết" or, when told to act, "để thực hiện"', () => {
    expect(copyTo(dinhBinh, district)).toBe(`${district} (để báo cáo)`);
    expect(copyTo(dinhBinh, 'ỦY BAN NHÂN DÂN HUYỆN YÊN ĐỊNH')).toBe('ỦY BAN NHÂN DÂN HUYỆN YÊN ĐỊNH (để báo cáo)');
    expect(copyTo(dinhBinh, 'Ủy ban nhân dân xã Định Công')).toBe('Ủy ban nhân dân xã Định Công (để biết)');
    expect(copyTo(dinhBinh, 'Trường Tiểu học Định Bình', true)).toBe('Trường Tiểu học Định Bình (để thực hiện)');
  });
});

describe('the heads of bodies', () => {
  test.each(['approval-decision', 'form-07'] as const)('%s names the operator’s head by its title', (key) => {
    const sample = formDefinition(key).sample;
    const text = textOf(key);
    expect(text).toContain(`${sample.operator.headTitle} ${sample.operator.name} và Thủ trưởng các cơ quan`);
    expect(text).not.toContain(`Thủ trưởng ${sample.operator.name}`);
  });
});

describe('the next step the appraisal opinion gives', () => {
  const sample = formDefinition('appraisal-opinion').sample;

  test('when the appraiser approves too, it says it will issue the decision', () => {
    expect(sample.approver.name).toBe(sample.appraiser.name);
    expect(textOf('appraisal-opinion')).toContain(
      `Hồ sơ đề xuất cấp độ đáp ứng yêu cầu. ${sample.appraiser.name} sẽ ban hành Quyết định phê duyệt cấp độ 2 ` +
        'đối với hệ thống thông tin nêu trên theo quy định./.',
    );
  });

  test('otherwise it names the approver of the routing, and asks for the completion only if there is a comment', () => {
    const level3 = { ...sample, level: 3, approver: sample.owner };
    expect(textOf('appraisal-opinion', level3)).toContain(
      `đủ điều kiện trình ${district} phê duyệt cấp độ 3. Đề nghị ${sample.operator.name} hoàn chỉnh hồ sơ theo ý ` +
        `kiến nêu trên và trình ${district} xem xét, phê duyệt theo quy định./.`,
    );
    const withoutComment = { ...level3, appraisal: { ...level3.appraisal!, comment: '' } };
    expect(textOf('appraisal-opinion', withoutComment)).toContain(
      `Đề nghị ${sample.operator.name} trình ${district} xem xét, phê duyệt theo quy định./.`,
    );
  });

  test.each(formKeys)('never sends the dossier to "cấp có thẩm quyền" (from the %s sample)', (key) => {
    const text = textOf('appraisal-opinion', formDefinition(key).sample);
    expect(text).not.toContain('có thẩm quyền');
    expect(text).not.toContain('(nếu có)');
  });
});
