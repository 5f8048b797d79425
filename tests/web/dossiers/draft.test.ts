import { describe, expect, it } from 'vitest';
import {
  bodyOf,
  draftOf,
  flattenDraft,
  mergeDrafts,
  unflattenDraft,
  type DossierDraft,
} from '#web/features/dossiers/api/draft.js';
import { dossierFixture, ids } from '../support/fixtures.js';

const base = (): DossierDraft =>
  draftOf(
    dossierFixture({
      content: {
        overview: { scope: 'Cổng thông tin của xã', scale: '3 máy chủ' },
        securityPlan: {
          parts: {},
          requirements: [
            { groupKey: 'physical', status: 'not', note: '' },
            { groupKey: 'network', status: 'partly', note: 'Có tường lửa' },
          ],
        },
      },
    }),
  );

/** A copy of the draft with some changes applied. */
const edit = (draft: DossierDraft, change: (d: DossierDraft) => void): DossierDraft => {
  const copy = structuredClone(draft);
  change(copy);
  return copy;
};

describe('the three-way merge after a save was refused as stale', () => {
  it('keeps a field only I changed and takes a field only they changed, with no conflict', () => {
    const start = base();
    const mine = edit(start, (d) => (d.content.overview.scope = 'Cổng thông tin và một cửa điện tử'));
    const theirs = edit(start, (d) => (d.content.overview.scale = '5 máy chủ, 2 đường truyền'));

    const merged = mergeDrafts(start, mine, theirs);

    expect(merged.conflicts).toEqual([]);
    for (const result of [merged.keepMine, merged.takeTheirs]) {
      expect(result.content.overview.scope).toBe('Cổng thông tin và một cửa điện tử');
      expect(result.content.overview.scale).toBe('5 máy chủ, 2 đường truyền');
    }
  });

  it('lists a field both changed differently, and each choice decides only that field', () => {
    const start = base();
    const mine = edit(start, (d) => {
      d.title = 'Hồ sơ của tôi';
      d.content.overview.users = 'Cán bộ xã';
    });
    const theirs = edit(start, (d) => {
      d.title = 'Hồ sơ của họ';
      d.content.design.description = 'Thiết kế mới';
    });

    const merged = mergeDrafts(start, mine, theirs);

    expect(merged.conflicts).toEqual([{ key: 'title', mine: 'Hồ sơ của tôi', theirs: 'Hồ sơ của họ' }]);
    expect(merged.keepMine.title).toBe('Hồ sơ của tôi');
    expect(merged.takeTheirs.title).toBe('Hồ sơ của họ');
    // Nothing else is lost either way: my other change and theirs both stay.
    for (const result of [merged.keepMine, merged.takeTheirs]) {
      expect(result.content.overview.users).toBe('Cán bộ xã');
      expect(result.content.design.description).toBe('Thiết kế mới');
      expect(result.content.overview.scope).toBe('Cổng thông tin của xã');
    }
  });

  it('is no conflict when both made the same change', () => {
    const start = base();
    const change = (d: DossierDraft) => (d.content.levelExplanation = 'Hệ thống nội bộ, thông tin công cộng');
    const merged = mergeDrafts(start, edit(start, change), edit(start, change));
    expect(merged.conflicts).toEqual([]);
    expect(merged.keepMine.content.levelExplanation).toBe('Hệ thống nội bộ, thông tin công cộng');
  });

  it('merges the requirement groups one by one, keeping their order', () => {
    const start = base();
    const mine = edit(start, (d) => (d.content.securityPlan.requirements[0]!.status = 'fully'));
    const theirs = edit(start, (d) => (d.content.securityPlan.requirements[1]!.note = 'Tường lửa và IDS'));

    const merged = mergeDrafts(start, mine, theirs);

    expect(merged.conflicts).toEqual([]);
    expect(merged.keepMine.content.securityPlan.requirements).toEqual([
      { groupKey: 'physical', status: 'fully', note: '' },
      { groupKey: 'network', status: 'partly', note: 'Tường lửa và IDS' },
    ]);
  });

  it('lists a requirement group both changed, with both versions of it', () => {
    const start = base();
    const mine = edit(start, (d) => (d.content.securityPlan.requirements[1]!.status = 'fully'));
    const theirs = edit(start, (d) => (d.content.securityPlan.requirements[1]!.status = 'not'));
    const merged = mergeDrafts(start, mine, theirs);
    expect(merged.conflicts).toEqual([
      {
        key: 'content.securityPlan.requirements.network',
        mine: { groupKey: 'network', status: 'fully', note: 'Có tường lửa' },
        theirs: { groupKey: 'network', status: 'not', note: 'Có tường lửa' },
      },
    ]);
  });

  it('drops my answers for a system the newer version no longer covers', () => {
    const start = edit(base(), (d) => (d.answers[ids.mail] = {}));
    const mine = edit(start, (d) => {
      d.answers[ids.mail] = { systemType: 'internal', informationTypes: ['public'] };
      d.answers[ids.portal] = { systemType: 'onlineService', informationTypes: ['public'] };
    });
    const theirs = edit(start, (d) => delete d.answers[ids.mail]);

    const merged = mergeDrafts(start, mine, theirs);

    expect(merged.conflicts).toEqual([]);
    expect(Object.keys(merged.keepMine.answers)).toEqual([ids.portal]);
    expect(merged.keepMine.answers[ids.portal]).toEqual({ systemType: 'onlineService', informationTypes: ['public'] });
  });

  it('flattens a draft into fields and back without losing anything', () => {
    const draft = edit(base(), (d) => {
      d.regime = 'nd331';
      d.answers[ids.portal] = { systemType: 'internal', informationTypes: ['private'] };
      d.content.securityPlan.parts.monitoring = 'Giám sát tập trung';
      d.content.highLevelAnalysis.threats = 'Tấn công từ chối dịch vụ';
    });
    const flat = flattenDraft(draft);
    expect(flat.get('content.securityPlan.parts.monitoring')).toBe('Giám sát tập trung');
    expect(flat.get('content.securityPlan.requirements.network')).toEqual({
      groupKey: 'network',
      status: 'partly',
      note: 'Có tường lửa',
    });
    expect(unflattenDraft(flat)).toEqual(draft);
  });
});

describe('the autosave body', () => {
  it('sends the systems only when every level form is complete or untouched', () => {
    const twoSystems = draftOf(
      dossierFixture({
        systems: [
          { systemId: ids.portal, name: 'Cổng thông tin', proposedLevel: null, assessment: null },
          { systemId: ids.mail, name: 'Thư điện tử', proposedLevel: null, assessment: null },
        ],
      }),
    );
    const systemIds = [ids.portal, ids.mail];
    const halfAnswered = edit(twoSystems, (d) => (d.answers[ids.portal] = { systemType: 'internal' }));
    expect(bodyOf(halfAnswered, 4, systemIds)).not.toHaveProperty('systems');
    const questionsLeft = edit(
      twoSystems,
      (d) => (d.answers[ids.portal] = { systemType: 'internal', informationTypes: ['public'] }),
    );
    expect(bodyOf(questionsLeft, 4, systemIds)).not.toHaveProperty('systems');

    const oneComplete = edit(twoSystems, (d) => {
      // An earlier answer to a question that no longer matters is saved at its neutral value.
      d.answers[ids.portal] = {
        systemType: 'internal',
        informationTypes: ['public'],
        personalInfoUsers: 50_000,
        // Every question still asked is answered: nothing is preset.
        defenceOrSecurity: false,
        nationalEGovernment: false,
        centralNationalDataStorage: false,
        designatedLevel: 0,
      };
    });
    const body = bodyOf(oneComplete, 4, systemIds);
    expect(body.version).toBe(4);
    expect(body.systems).toEqual([
      { systemId: ids.portal, answers: expect.objectContaining({ systemType: 'internal', personalInfoUsers: 0 }) },
      { systemId: ids.mail },
    ]);
  });
});
