import { describe, expect, test } from 'vitest';
import type { DocumentParty } from '#shared/documents/form-data.schemas.js';
import { formKeys } from '#shared/regimes/regime.schemas.js';
import type { ComplianceReport } from '#shared/reports/reports.schemas.js';
import type { DocumentModel } from '#templates/document-model.js';
import { addresseeBlock, upper } from '#templates/official-parts.js';
import { complianceReportTemplate } from '#templates/reports/compliance-report.js';
import { modelText } from './model-text.js';
import { blocksOf, render } from './render-form.js';

/**
 * Issue 13, item 9, the model's side: addressees carry their dashes and punctuation, every annex starts its own
 * numbering with its title in capitals and the document it goes with in italics, and a report sent upward says
 * to whom ("Kính gửi").
 */

describe('addressees', () => {
  test('one stays on the "Kính gửi:" line and ends with "."; several are "- X;" ... "- Y."', () => {
    expect(addresseeBlock(['Sở Thông tin và Truyền thông tỉnh Thanh Hóa'])).toEqual({
      kind: 'addressee',
      addressees: ['Sở Thông tin và Truyền thông tỉnh Thanh Hóa.'],
    });
    expect(addresseeBlock(['A', 'B', 'C']).addressees).toEqual(['- A;', '- B;', '- C.']);
  });

  test.each(formKeys)('%s punctuates its addressees the same way', (key) => {
    for (const block of blocksOf(render(key), 'addressee')) {
      const lines = block.addressees;
      if (lines.length === 1) expect(lines[0]).toMatch(/^[^-].*[^.;]\.$/u);
      else {
        for (const line of lines.slice(0, -1)) expect(line).toMatch(/^- .+;$/u);
        expect(lines.at(-1)).toMatch(/^- .+\.$/u);
      }
    }
  });

  test('the appraisal opinion goes to two bodies, the submissions to one', () => {
    expect(blocksOf(render('appraisal-opinion'), 'addressee')[0]!.addressees).toHaveLength(2);
    expect(blocksOf(render('submission-appraisal'), 'addressee')[0]!.addressees).toHaveLength(1);
  });
});

/** Each annex: its page break, then "PHỤ LỤC" and a title in capitals, then an italic "(Kèm theo ...)" line. */
function expectAnnexes(model: DocumentModel, count: number): void {
  const starts = model.blocks.flatMap((block, index) => (block.kind === 'pageBreak' ? [index] : []));
  expect(starts).toHaveLength(count);
  for (const start of starts) {
    expect(model.blocks[start]).toMatchObject({ kind: 'pageBreak', annex: true });
    const title = model.blocks[start + 1]!;
    expect(title.kind).toBe('title');
    if (title.kind !== 'title') return;
    expect(title.type).toBe('PHỤ LỤC');
    expect(title.subject).toBe(upper(title.subject!));
    const attached = model.blocks[start + 2]!;
    expect(attached).toMatchObject({ kind: 'paragraph', align: 'center' });
    if (attached.kind !== 'paragraph' || typeof attached.text === 'string') throw new Error('an italic run');
    expect(attached.text.every((run) => run.italic)).toBe(true);
    expect(attached.text.map((run) => run.text).join('')).toMatch(/^\(Kèm theo .+\)$/u);
  }
}

describe('annexes', () => {
  test('the explanation’s requirement annex', () => expectAnnexes(render('explanation'), 1));

  test.each(formKeys.filter((key) => key !== 'explanation'))('%s has no annex', (key) => {
    expectAnnexes(render(key), 0);
  });
});

const district: DocumentParty = {
  name: 'Ủy ban nhân dân huyện Yên Định',
  shortName: 'UBND',
  place: 'Yên Định',
  parentName: null,
  headTitle: 'Chủ tịch',
  draftingUnit: 'VP',
  functionsBasis: '',
  superiors: ['Ủy ban nhân dân tỉnh Thanh Hóa'],
};

const report: ComplianceReport = {
  organisation: {
    id: '00000000-0000-4000-8000-000000000001',
    name: district.name,
    shortName: 'UBND',
    kind: 'district',
  },
  asOf: '2023-06-30',
  historical: false,
  generatedAt: '2023-06-30T08:00:00.000Z',
  narrative: ['100% đơn vị cấp xã (26/26 xã, thị trấn) đã được phê duyệt hồ sơ đề xuất cấp độ.'],
  totals: {
    units: 30,
    unitsWithSystems: 30,
    unitsAllApproved: 27,
    unitsWithoutSystems: 0,
    systems: 31,
    approvedSystems: 28,
    dossiers: 31,
  },
  unitsByKind: [],
  ownUnit: { state: 'approved', systems: 2, approvedSystems: 2 },
  namedUnits: [],
  systemsByLevel: [{ level: 2, systems: 28 }],
  dossiersByStatus: [{ status: 'approved', dossiers: 28 }],
  pending: { total: 0, items: [] },
  overdue: { total: 0, items: [] },
  inspectionsDue: { total: 0, items: [], withinDays: 90 },
  redetermination: { total: 0, items: [] },
  upcomingReports: [],
  listLimit: 1000,
};
const signature = {
  mark: 'TM',
  markedAuthority: 'Ủy ban nhân dân',
  title: 'Chủ tịch',
  signerName: 'Lê Văn Chủ',
} as const;
const complianceModel = (issuer: DocumentParty) =>
  complianceReportTemplate({ report, issuer, signature, date: '2023-07-03' });

describe('the compliance report', () => {
  test('goes up to the body directly above its issuer, "Như trên" in its recipients', () => {
    const model = complianceModel(district);
    expect(blocksOf(model, 'addressee')).toEqual([
      { kind: 'addressee', addressees: ['Ủy ban nhân dân tỉnh Thanh Hóa.'] },
    ]);
    expect(model.blocks.findIndex((block) => block.kind === 'addressee')).toBe(
      model.blocks.findIndex((block) => block.kind === 'title') + 1,
    );
    expect(blocksOf(model, 'closing')[0]!.recipients).toEqual(['- Như trên;', '- Lưu: VT, VP.']);
  });

  test('a root addresses no one and prints no placeholder for a superior', () => {
    const model = complianceModel({ ...district, superiors: [] });
    expect(blocksOf(model, 'addressee')).toEqual([]);
    expect(blocksOf(model, 'closing')[0]!.recipients).toEqual(['- Lưu: VT, VP.']);
    expect(modelText(model)).not.toContain('cấp trên');
  });

  test('its annex starts its own numbering, its title in capitals, "(Kèm theo ...)" in italics', () => {
    const model = complianceModel(district);
    expectAnnexes(model, 1);
    expect(modelText(model)).toContain('SỐ LIỆU CHI TIẾT VỀ BẢO ĐẢM AN TOÀN HỆ THỐNG THÔNG TIN THEO CẤP ĐỘ');
    expect(modelText(model)).toContain('(Kèm theo Báo cáo của Ủy ban nhân dân huyện Yên Định)');
  });

  test('its header breaks the committee’s name after "ỦY BAN NHÂN DÂN"', () => {
    expect(blocksOf(complianceModel(district), 'header')[0]!.issuingBody).toBe('ỦY BAN NHÂN DÂN\nHUYỆN YÊN ĐỊNH');
  });
});
