import { z } from 'zod';

/** What one kind of audit event records: the entity's state before and after the change. */
export interface PayloadSchemas<B extends z.ZodType = z.ZodType, A extends z.ZodType = z.ZodType> {
  before: B;
  after: A;
}

export const payload = <B extends z.ZodType, A extends z.ZodType>(before: B, after: A): PayloadSchemas<B, A> => ({
  before,
  after,
});

/** No state on that side: nothing before a creation, nothing recorded of a password. */
export const nothing = z.null();

/** An update records only the fields whose value changed (server/modules/audit/changes.ts), on both sides. */
export const changeOf = <Shape extends z.ZodRawShape>(fields: Shape) => {
  const changed = z.strictObject(fields).partial();
  return payload(changed, changed);
};
