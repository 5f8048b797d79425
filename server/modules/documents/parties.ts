import { eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DocumentParty, DocumentSignature, SigningMark } from '#shared/documents/form-data.schemas.js';
import type { DocumentSettings } from '#shared/documents/documents.schemas.js';
import type { OrganisationKind } from '#shared/organisations/organisations.schemas.js';
import type { Db } from '../../db/open-db.js';
import { documentSettings, organisations } from '../../db/schema/index.js';

/** People's committees sign "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" and have no parent body in their header. */
const committeeKinds: ReadonlySet<OrganisationKind> = new Set(['province', 'district', 'commune', 'town', 'ward']);

/** How an organisation of this kind signs until an administrator says otherwise. */
export function defaultSettings(organisationId: string, kind: string): DocumentSettings {
  return committeeKinds.has(kind as OrganisationKind)
    ? {
        organisationId,
        headTitle: 'Chủ tịch',
        signingMark: 'TM',
        markedAuthority: 'Ủy ban nhân dân',
        signerTitle: 'Chủ tịch',
        version: 0,
      }
    : {
        organisationId,
        headTitle: 'Giám đốc',
        signingMark: '',
        markedAuthority: '',
        signerTitle: 'Giám đốc',
        version: 0,
      };
}

/** Headers write the parent body short: "UBND tỉnh Thanh Hóa". */
const shortBodyName = (name: string) => name.replace(/^Ủy ban nhân dân /u, 'UBND ');

export interface DocumentOrganisation {
  party: DocumentParty;
  signature: DocumentSignature;
}

/** The organisations a document names, with their parent's name and how they sign, in one query. */
export async function loadDocumentOrganisations(db: Db, ids: string[]): Promise<Map<string, DocumentOrganisation>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const parent = alias(organisations, 'parent');
  const rows = await db
    .select({ organisation: organisations, parentName: parent.name, settings: documentSettings })
    .from(organisations)
    .leftJoin(parent, eq(parent.id, organisations.parentId))
    .leftJoin(documentSettings, eq(documentSettings.organisationId, organisations.id))
    .where(inArray(organisations.id, unique));
  return new Map(
    rows.map(({ organisation, parentName, settings }) => {
      const chosen = settings
        ? { ...settings, signingMark: settings.signingMark as SigningMark }
        : defaultSettings(organisation.id, organisation.kind);
      const committee = committeeKinds.has(organisation.kind);
      return [
        organisation.id,
        {
          party: {
            name: organisation.name,
            shortName: organisation.shortName,
            place: organisation.place,
            parentName: committee || !parentName ? null : shortBodyName(parentName),
            headTitle: chosen.headTitle,
          },
          signature: {
            mark: chosen.signingMark,
            markedAuthority: chosen.markedAuthority,
            title: chosen.signerTitle,
            signerName: '',
          },
        },
      ];
    }),
  );
}
