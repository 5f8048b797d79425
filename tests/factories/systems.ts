import { toSearchText } from '#shared/common/search-text.js';
import type { Db } from '#server/db/open-db.js';
import { informationSystems } from '#server/db/schema/index.js';
import type { SystemRow } from '../support/demo.js';

let sequence = 0;

type SystemInput = Partial<Omit<typeof informationSystems.$inferInsert, 'searchText'>> & {
  operatorOrganisationId: string;
};

/** Inserts an information system operated (and, unless said, owned) by the given organisation. */
export async function makeSystem(db: Db, input: SystemInput): Promise<SystemRow> {
  sequence += 1;
  const name = input.name ?? `Hệ thống thử nghiệm ${sequence}`;
  const [row] = await db
    .insert(informationSystems)
    .values({
      systemType: 'internal',
      informationTypes: ['private'],
      ownerOrganisationId: input.operatorOrganisationId,
      ...input,
      name,
      searchText: toSearchText(`${name} ${input.address ?? ''}`),
    })
    .returning();
  return row!;
}
