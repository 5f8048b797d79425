import { randomUUID } from 'node:crypto';
import { toSearchText } from '#shared/common/search-text.js';
import type { OrganisationKind } from '#shared/organisations/organisations.schemas.js';
import type { Db } from '#server/db/open-db.js';
import { organisations } from '#server/db/schema/index.js';
import type { OrganisationRow } from '../support/demo.js';

let sequence = 0;

interface OrganisationInput {
  parent: Pick<OrganisationRow, 'id' | 'path' | 'depth'> | null;
  kind?: OrganisationKind;
  name?: string;
  shortName?: string;
  place?: string;
}

/** Inserts an organisation under `parent` the way the product stores it (materialised path, depth, search text). */
export async function makeOrganisation(db: Db, input: OrganisationInput): Promise<OrganisationRow> {
  sequence += 1;
  const id = randomUUID();
  const name = input.name ?? `Đơn vị thử nghiệm ${sequence}`;
  const shortName = input.shortName ?? 'DVTN';
  const [row] = await db
    .insert(organisations)
    .values({
      id,
      parentId: input.parent?.id ?? null,
      kind: input.kind ?? 'other',
      name,
      shortName,
      place: input.place ?? 'Yên Định',
      path: `${input.parent?.path ?? ''}${id}/`,
      depth: input.parent ? input.parent.depth + 1 : 0,
      searchText: toSearchText(`${name} ${shortName}`),
    })
    .returning();
  return row!;
}
