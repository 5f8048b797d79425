import { describe, expect, it } from 'vitest';
import { parseListParams, toSearchParams } from '#web/features/systems/api/list-params.js';

const organisationId = '0b1f5e1c-7d2a-4c1e-9a51-6f1d2b3c4d02';

describe('the systems list in its URL', () => {
  it('reads every filter and writes the same URL back', () => {
    const query = `q=cong&organisationId=${organisationId}&systemType=internal&status=operating&level=none&page=2`;
    const params = parseListParams(new URLSearchParams(query));
    expect(params).toEqual({
      q: 'cong',
      organisationId,
      organisationParam: organisationId,
      systemType: 'internal',
      status: 'operating',
      level: 'none',
      page: 2,
      pageSize: 20,
    });
    expect(toSearchParams(params).toString()).toBe(query);
  });

  it('ignores values that are not valid, so a hand-edited link still shows a list', () => {
    const params = parseListParams(
      new URLSearchParams('organisationId=42&systemType=mainframe&status=lost&level=9&page=0&pageSize=7'),
    );
    expect(params).toMatchObject({ organisationId: undefined, systemType: undefined, status: undefined });
    // An unknown organisation counts as none given: the list starts from the person's own again.
    expect(params.organisationParam).toBeNull();
    expect(params).toMatchObject({ level: undefined, page: 1, pageSize: 20 });
  });

  it('keeps "all organisations" in the URL, unlike the other defaults', () => {
    // Without an organisation in the URL the list starts at the person's own organisation;
    // "all" says the person cleared that filter on purpose.
    const params = parseListParams(new URLSearchParams('organisationId=all'));
    expect(params.organisationId).toBeUndefined();
    expect(params.organisationParam).toBe('all');
    expect(toSearchParams(params).toString()).toBe('organisationId=all');
    expect(toSearchParams({ page: 1, pageSize: 20 }).toString()).toBe('');
  });
});
