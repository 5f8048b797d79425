import { describe, expect, it } from 'vitest';
import { parseAuditListParams, toAuditSearchParams } from '#web/features/audit/api/list-params.js';

const id = '0b1f5e1c-7d2a-4c1e-9a51-6f1d2b3c5e03';
const parse = (search: string) => parseAuditListParams(new URLSearchParams(search));

/** The audit log's address: a link shows the same list, and a hand-edited one never shows an error. */
describe('the audit log address', () => {
  it('reads back what it writes', () => {
    const params = {
      actorUserId: id,
      organisationId: id,
      entityType: 'dossier',
      entityId: id,
      action: 'approve',
      from: '2025-03-01',
      to: '2025-03-31',
      page: 2,
      pageSize: 50,
    };
    expect(parse(toAuditSearchParams(params).toString())).toEqual(params);
  });

  it('ignores an unknown kind of record, an action of another kind, and malformed ids and days', () => {
    expect(parse('entityType=invoice&entityId=7&action=update')).toMatchObject({
      entityType: undefined,
      entityId: undefined,
      action: undefined,
    });
    expect(parse('entityType=organisation&action=approve').action).toBeUndefined();
    expect(parse('entityType=organisation&action=documentSettings').action).toBe('documentSettings');
    expect(parse('actorUserId=admin&organisationId=1&from=13/03/2025&to=2025-02-30')).toMatchObject({
      actorUserId: undefined,
      organisationId: undefined,
      from: undefined,
      to: undefined,
    });
  });
});
