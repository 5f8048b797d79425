import { describe, expect, test } from 'vitest';
import type { FormData } from '#shared/documents/form-data.schemas.js';
import { defaultRegimes } from '#shared/regimes/regimes.js';
import { type FormKey, formKeys } from '#shared/regimes/regime.schemas.js';
import { plainText, type Block, type DocumentModel } from '#templates/document-model.js';
import type { FormDefinition } from '#templates/form-definition.js';
import { decidingRules } from '#templates/forms/deciding-rules.js';
import { formDefinition, formDefinitions } from '#templates/forms/index.js';
import { securityPlanTitles } from '#templates/forms/security-plan-text.js';
import { modelText, occurrences } from './model-text.js';

const draftYear = 2026;
const blank = ' '.repeat(6);

/** What the server does: parse the data with the form's schema, then fill the template. */
const render = (key: FormKey, data: FormData): DocumentModel => {
  const definition = formDefinition(key);
  return definition.template(definition.schema.parse(data), draftYear);
};
const renderSample = (key: FormKey) => render(key, formDefinition(key).sample);
const textOf = (key: FormKey, data: FormData = formDefinition(key).sample) => modelText(render(key, data));
const blocksOf = <K extends Block['kind']>(model: DocumentModel, kind: K) =>
  model.blocks.filter((block): block is Extract<Block, { kind: K }> => block.kind === kind);

const samples = formKeys.map((key) => formDefinition(key).sample);
const nd331Forms: FormKey[] = ['form-01', 'form-02', 'form-03', 'form-07'];

describe('the registry', () => {
  test('has a definition for every form key, under its own key', () => {
    expect(Object.keys(formDefinitions).sort()).toEqual([...formKeys].sort());
    for (const key of formKeys) expect(formDefinition(key).key).toBe(key);
  });

  test('types every definition as a FormDefinition (a missing key fails the type-check)', () => {
    const registry: Record<FormKey, FormDefinition> = formDefinitions;
    expect(Object.values(registry)).toHaveLength(formKeys.length);
  });

  test.each(
    Object.values(defaultRegimes).flatMap((regime) =>
      ([1, 2, 3, 4, 5] as const).map((level) => [regime.id, level, regime.forms[level]] as const),
    ),
  )('every form %s lists at level %i exists', (_regime, _level, forms) => {
    for (const key of forms) expect(formDefinitions[key]).toBeDefined();
  });
});

describe.each(formKeys)('form %s', (key) => {
  const definition = formDefinition(key);

  test('its sample is complete form data of this form and parses with its schema', () => {
    expect(definition.sample.form).toBe(key);
    expect(definition.schema.safeParse(definition.sample).success).toBe(true);
  });

  test('its sample is numbered by its issuer (with its type code when numbered on its own)', () => {
    const { number } = definition.sample;
    expect(number.issuerCode).toBe(definition.sample[definition.issuer].shortName);
    if (definition.numbering === 'own') expect(number.typeCode).toBe(definition.typeCode);
  });

  test('its template is pure: the same data gives deep-equal models and the data is left as it was', () => {
    const before = structuredClone(definition.sample);
    expect(renderSample(key)).toEqual(renderSample(key));
    expect(definition.sample).toEqual(before);
  });

  test('the model starts with the header and has a closing whose recipients end with "Lưu: VT"', () => {
    const model = renderSample(key);
    expect(model.blocks[0]!.kind).toBe('header');
    const closings = blocksOf(model, 'closing');
    expect(closings).toHaveLength(1);
    expect(closings[0]!.recipients!.at(-1)).toMatch(/^- Lưu: VT, .+\.$/);
    expect(model.fileName).toMatch(/^[a-z0-9-]+$/);
  });

  test('fills from every sample, whatever its regime and level', () => {
    for (const sample of samples) expect(render(key, { ...sample, form: key }).blocks[0]!.kind).toBe('header');
  });

  test('a draft shows a blank number (or, for an annex, the blank number of its letter) and date', () => {
    const model = render(key, {
      ...definition.sample,
      number: { ...definition.sample.number, number: null, date: null },
    });
    const header = blocksOf(model, 'header')[0]!;
    if (definition.numbering === 'own') expect(header.numberLine.startsWith(`Số: ${blank}/`)).toBe(true);
    else expect(modelText(model)).toContain(`số ${blank}/`);
    expect(header.placeAndDate).toContain(`ngày${blank}tháng${blank}năm ${draftYear}`);
  });
});

describe('the samples', () => {
  test('at least one is a draft, rendered with "Số:      /" and a blank date', () => {
    const drafts = formKeys.filter((key) => formDefinition(key).sample.number.number === null);
    expect(drafts.length).toBeGreaterThan(0);
    for (const key of drafts.filter((draft) => formDefinition(draft).numbering === 'own')) {
      const header = blocksOf(renderSample(key), 'header')[0]!;
      expect(header.numberLine.startsWith(`Số: ${blank}/`)).toBe(true);
      expect(header.placeAndDate).toContain(`ngày${blank}tháng${blank}năm ${draftYear}`);
    }
  });

  test.each(nd331Forms)('%s is an nd331 sample that cites Decree 331/2026', (key) => {
    expect(formDefinition(key).sample.regime.id).toBe('nd331');
    expect(textOf(key)).toContain('Nghị định số 331/2026/NĐ-CP');
  });

  test('form-03 and form-07 are at levels 4 and 5 with the high-level analysis filled', () => {
    expect(formDefinition('form-03').sample.level).toBe(4);
    expect(formDefinition('form-07').sample.level).toBe(5);
    for (const key of ['form-03', 'form-07'] as const) {
      expect(Object.values(formDefinition(key).sample.content.highLevelAnalysis).every((text) => text.length > 0)).toBe(
        true,
      );
    }
  });
});

describe('approval decision', () => {
  test('decides, in three articles, the level of the system', () => {
    const model = renderSample('approval-decision');
    const text = modelText(model);
    expect(text).toContain('QUYẾT ĐỊNH');
    expect(text).toContain('QUYẾT ĐỊNH:');
    expect(blocksOf(model, 'article').map((article) => article.number)).toEqual([1, 2, 3]);
    expect(text).toContain('Điều 1. Phê duyệt cấp độ');
    expect(text).toContain(formDefinition('approval-decision').sample.systems[0]!.name);
    expect(text).toContain('cấp độ 2');
    expect(text).toContain('Căn cứ Nghị định số 85/2016/NĐ-CP');
    expect(text).toContain(
      'Theo đề nghị của Trung tâm Dịch vụ nông nghiệp huyện Yên Định tại Tờ trình số 12/TTr-TTDVNN ngày 05/06/2023.',
    );
    expect(text).toContain('Số: 05/QĐ-STTTT');
  });
});

describe('appraisal opinion', () => {
  const sample = formDefinition('appraisal-opinion').sample;

  test('is a letter with its subject under the number, to the operator and the owner', () => {
    const model = renderSample('appraisal-opinion');
    const header = blocksOf(model, 'header')[0]!;
    expect(header.numberLine).toBe('Số: 08/STTTT-PCNTT');
    expect(header.letterSubject).toMatch(/^V\/v thẩm định hồ sơ đề xuất cấp độ/);
    expect(blocksOf(model, 'addressee')[0]!.addressees).toEqual([
      `- ${sample.operator.name};`,
      `- ${sample.owner.name}.`,
    ]);
    expect(modelText(model)).toContain('Tờ trình số 12/TTr-TTDVNN ngày 05/06/2023');
  });

  test('says "Phù hợp" on each of the three points of the sample', () => {
    const text = textOf('appraisal-opinion');
    expect(occurrences(text, 'Phù hợp')).toBe(3);
    expect(text).not.toContain('Không phù hợp');
    expect(text).toContain(
      'Sở Thông tin và Truyền thông tỉnh Thanh Hóa sẽ ban hành Quyết định phê duyệt cấp độ 2 đối với hệ thống',
    );
  });

  test('says "Không phù hợp" where a point is unsuitable, and asks for revision', () => {
    const conclusions = { level: 'suitable', designPlan: 'unsuitable', operationPlan: 'suitable' } as const;
    const text = textOf('appraisal-opinion', { ...sample, appraisal: { ...sample.appraisal!, conclusions } });
    expect(occurrences(text, 'Không phù hợp')).toBe(1);
    expect(occurrences(text, 'Phù hợp')).toBe(2);
    expect(text).toContain('bổ sung, hoàn thiện hồ sơ');
    expect(text).toContain(sample.appraisal!.comment);
  });

  test('without an appraisal it is a draft with "(chưa có kết luận)"', () => {
    const text = textOf('appraisal-opinion', { ...sample, appraisal: null });
    expect(occurrences(text, '(chưa có kết luận)')).toBe(4);
    expect(text).not.toMatch(/Phù hợp|phù hợp/);
  });
});

describe('explanation', () => {
  test('has the five chapters, the seven overview sections and the seven parts of the plan', () => {
    const headings = blocksOf(renderSample('explanation'), 'heading').map((heading) => heading.text);
    expect(headings.filter((text) => /^[IV]+\. /.test(text))).toEqual([
      'I. TỔNG QUAN VỀ HỆ THỐNG',
      'II. THIẾT KẾ HỆ THỐNG',
      'III. THUYẾT MINH ĐỀ XUẤT CẤP ĐỘ',
      'IV. PHƯƠNG ÁN BẢO ĐẢM AN TOÀN THÔNG TIN',
    ]);
    for (const title of Object.values(securityPlanTitles))
      expect(headings.some((text) => text.endsWith(title))).toBe(true);
    expect(headings).toContain('7. Phân vùng mạng và địa chỉ');
  });

  test('is an annex of the submission: no number of its own, the letter named by its number and date', () => {
    const model = renderSample('explanation');
    expect(blocksOf(model, 'header')[0]!.numberLine).toBe('');
    expect(modelText(model)).not.toContain('Số: 12/TTr-TTDVNN');
    expect(modelText(model)).toContain(
      '(Kèm theo Tờ trình số 12/TTr-TTDVNN ngày 05/06/2023 của Trung tâm Dịch vụ nông nghiệp huyện Yên Định)',
    );
  });

  test.each(formKeys)('cites the rules that decided the level of the systems of the %s sample', (key) => {
    const sample = formDefinition(key).sample;
    const text = textOf('explanation', { ...sample, form: 'explanation' });
    for (const system of sample.systems) {
      expect(text).toContain(system.name);
      for (const rule of decidingRules(sample.regime, system))
        expect(text).toContain(`- ${rule.citation}: ${rule.explanation}`);
    }
  });

  test.each(formKeys)('ends with the annex table, one row per requirement, on a landscape page (%s sample)', (key) => {
    const sample = formDefinition(key).sample;
    const model = render('explanation', { ...sample, form: 'explanation' });
    const tables = blocksOf(model, 'table');
    expect(tables).toHaveLength(1);
    const table = tables[0]!;
    expect(table.columns.map((column) => column.title)).toEqual([
      'STT',
      'Nhóm yêu cầu',
      'Loại',
      'Tình trạng',
      'Ghi chú',
    ]);
    expect(table.rows).toHaveLength(sample.content.requirements.length);
    expect(table.rows.map((row) => row[0])).toEqual(sample.content.requirements.map((_, index) => String(index + 1)));
    const breakAt = model.blocks.findIndex((block) => block.kind === 'pageBreak');
    expect(model.blocks[breakAt]).toEqual({ kind: 'pageBreak', orientation: 'landscape', annex: true });
    expect(breakAt).toBeGreaterThan(model.blocks.findIndex((block) => block.kind === 'closing'));
    expect(breakAt).toBeLessThan(model.blocks.indexOf(table));
    expect(modelText(model)).toContain('TÌNH HÌNH ĐÁP ỨNG YÊU CẦU CƠ BẢN');
  });

  test('writes the kind and status of each requirement in words', () => {
    const rows = blocksOf(renderSample('explanation'), 'table')[0]!.rows;
    expect(rows[0]).toEqual(['1', 'Thiết lập chính sách an toàn thông tin', 'Quản lý', 'Đã triển khai đầy đủ', '']);
    expect(rows[2]).toEqual([
      '3',
      'Bảo đảm nguồn nhân lực',
      'Quản lý',
      'Triển khai một phần',
      'Đang cử cán bộ đi đào tạo.',
    ]);
    expect(rows[4]!.slice(2, 4)).toEqual(['Kỹ thuật', 'Chưa triển khai']);
  });

  test('adds the preliminary risk identification under nd331 only', () => {
    expect(textOf('explanation')).not.toContain('Nhận diện sơ bộ rủi ro');
    const form03 = formDefinition('form-03').sample;
    const text = textOf('explanation', { ...form03, form: 'explanation' });
    expect(text).toContain('Nhận diện sơ bộ rủi ro');
    expect(text).toContain(form03.content.riskIdentification);
  });

  test('adds chapter V, the high-level analysis, from level 4 only', () => {
    expect(textOf('explanation')).not.toContain('V. PHÂN TÍCH');
    const form07 = formDefinition('form-07').sample;
    const text = textOf('explanation', { ...form07, form: 'explanation' });
    expect(text).toContain('V. PHÂN TÍCH HỆ THỐNG KẾT NỐI, NGUY CƠ VÀ TÁC ĐỘNG');
    for (const part of Object.values(form07.content.highLevelAnalysis)) expect(text).toContain(part);
  });

  test('shows an empty part as missing rather than leaving it out', () => {
    const sample = formDefinition('explanation').sample;
    const text = textOf('explanation', {
      ...sample,
      content: { ...sample.content, overview: { ...sample.content.overview, scale: '' } },
    });
    expect(text).toContain('2. Quy mô của hệ thống\n(Chưa có nội dung.)');
  });
});

describe('submission letters', () => {
  const submissions: FormKey[] = ['submission-appraisal', 'submission-approval', 'form-01', 'form-02', 'form-03'];

  test.each(submissions)(
    '%s is addressed, lists the dossier parts and the attached files, and ends with the request',
    (key) => {
      const sample = formDefinition(key).sample;
      const model = renderSample(key);
      const text = modelText(model);
      expect(blocksOf(model, 'addressee')).toHaveLength(1);
      expect(text).toContain('2. Thành phần hồ sơ kèm theo');
      expect(text).toContain('a) Tài liệu mô tả tổng quan hệ thống thông tin');
      expect(text).toContain('Tài liệu thuyết minh đề xuất cấp độ');
      expect(text).toContain(
        'Phương án bảo đảm an toàn thông tin theo cấp độ, đáp ứng yêu cầu cơ bản của tiêu chuẩn ' +
          `${sample.regime.standard}`,
      );
      for (const file of sample.attachments) expect(text).toContain(file);
      expect(text).toContain('3. Đề nghị');
      expect(text).toContain('./.');
      expect(blocksOf(model, 'closing')[0]!.recipients![0]).toBe('- Như trên;');
    },
  );

  test('the nd85 submissions are Tờ trình with a title; the nd331 requests are letters with "V/v"', () => {
    for (const key of ['submission-appraisal', 'submission-approval'] as const) {
      const model = renderSample(key);
      expect(blocksOf(model, 'title')[0]!.type).toBe('TỜ TRÌNH');
      expect(blocksOf(model, 'header')[0]!.numberLine).toContain('/TTr-');
    }
    for (const key of ['form-01', 'form-02', 'form-03'] as const) {
      const model = renderSample(key);
      expect(blocksOf(model, 'title')).toHaveLength(0);
      expect(blocksOf(model, 'header')[0]!.letterSubject).toMatch(/^V\/v đề nghị/);
    }
  });

  test('the submission for appraisal goes to the appraiser, in one original and two copies', () => {
    const sample = formDefinition('submission-appraisal').sample;
    const text = textOf('submission-appraisal');
    expect(text).toContain(`Kính gửi: ${sample.appraiser.name}.`);
    expect(text).toContain('Hồ sơ gồm 01 bản chính và 02 bản sao.');
  });

  test('the submission for approval goes to the owner and cites the appraisal opinion', () => {
    const sample = formDefinition('submission-approval').sample;
    const text = textOf('submission-approval');
    expect(text).toContain(`Kính gửi: ${sample.owner.name}.`);
    expect(text).toContain(
      'Căn cứ Văn bản thẩm định số 21/STTTT-PCNTT ngày 10/08/2023 của Sở Thông tin và Truyền thông tỉnh Thanh Hóa.',
    );
    expect(text).toContain('Dự thảo Quyết định phê duyệt cấp độ');
    for (const system of sample.systems) expect(text).toContain(system.name);
  });

  test('levels 4-5 attach the professional opinion, except the request for it (form 03)', () => {
    const form03 = formDefinition('form-03').sample;
    expect(textOf('form-03')).not.toContain('Ý kiến chuyên môn của đơn vị chuyên trách');
    expect(textOf('form-03')).toContain('Tài liệu phân tích các hệ thống thông tin kết nối');
    expect(textOf('form-02', { ...form03, form: 'form-02' })).toContain(
      'Ý kiến chuyên môn của đơn vị chuyên trách về an toàn thông tin',
    );
    expect(textOf('form-02')).not.toContain('Ý kiến chuyên môn');
  });

  test('cites the rules in the sentence, "khoản" in lower case', () => {
    expect(textOf('form-01')).toContain('theo tiêu chí quy định tại khoản 1 Điều 12 Nghị định 331/2026/NĐ-CP.');
  });
});

describe('form 07', () => {
  test('is the owner’s decision approving the level-5 security plan, its seven parts in Article 1', () => {
    const model = renderSample('form-07');
    const text = modelText(model);
    expect(blocksOf(model, 'header')[0]!.issuingBody).toBe('ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA');
    expect(text).toContain('QUYẾT ĐỊNH');
    expect(text).toContain('Về việc phê duyệt phương án bảo đảm an toàn hệ thống thông tin');
    expect(blocksOf(model, 'article').map((article) => article.number)).toEqual([1, 2, 3]);
    const article1 = blocksOf(model, 'article')[0]!;
    for (const title of Object.values(securityPlanTitles))
      expect(article1.paragraphs.some((paragraph) => plainText(paragraph).includes(title))).toBe(true);
    expect(text).toContain('cấp độ 5');
    expect(text).toContain('Căn cứ Văn bản thẩm định số 125/BCA-A05 ngày 20/11/2026 của Bộ Công an.');
  });
});
