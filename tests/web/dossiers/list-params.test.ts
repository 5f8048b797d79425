import { describe, expect, it } from 'vitest';
import { parseDossierListParams, toDossierSearchParams } from '#web/features/dossiers/api/list-params.js';

const organisationId = '0b1f5e1c-7d2a-4c1e-9a51-6f1d2b3c4d02';
const systemId = '0b1f5e1c-7d2a-4c1e-9a51-6f1d2b3c4d03';

describe('the dossier list in its URL', () => {
  it('reads every filter and writes the same URL back', () => {
    const query =
      `q=dinh+binh&organisationId=${organisationId}&systemId=${systemId}` +
      '&status=submitted&regime=nd331&page=3&pageSize=50';
    const params = parseDossierListParams(new URLSearchParams(query));
    expect(params).toEqual({
      q: 'dinh binh',
      organisationId,
      systemId,
      status: 'submitted',
      regime: 'nd331',
      page: 3,
      pageSize: 50,
    });
    expect(toDossierSearchParams(params).toString()).toBe(query);
  });

  it('ignores values that are not valid and leaves defaults out', () => {
    const params = parseDossierListParams(
      new URLSearchParams('q=&organisationId=x&systemId=1&status=lost&regime=nd99&page=-1'),
    );
    expect(params).toEqual({
      q: undefined,
      organisationId: undefined,
      systemId: undefined,
      status: undefined,
      regime: undefined,
      page: 1,
      pageSize: 20,
    });
    expect(toDossierSearchParams(params).toString()).toBe('');
  });
});
