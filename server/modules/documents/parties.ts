import { eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DocumentParty, DocumentSignature, SigningMark } from '#shared/documents/form-data.schemas.js';
import type { DocumentSettings, SignerNames } from '#shared/documents/documents.schemas.js';
import type { OrganisationKind } from '#shared/organisations/organisations.schemas.js';
import { formKeys } from '#shared/regimes/regime.schemas.js';
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
        signerNames: {},
        version: 0,
      }
    : {
        organisationId,
        headTitle: 'Giám đốc',
        signingMark: '',
        markedAuthority: '',
        signerTitle: 'Giám đốc',
        signerNames: {},
        version: 0,
      };
}

/** Headers write the parent body short: "UBND tỉnh Thanh Hóa". */
const shortBodyName = (name: string) => name.replace(/^Ủy ban nhân dân /u, 'UBND ');

export interface DocumentOrganisation {
  party: DocumentParty;
  /** Its signature block; the signer's name is filled per form (build-form-data.ts). */
  signature: DocumentSignature;
  /** Who signs its documents of each form, as its settings name them. */
  signerNames: SignerNames;
}

/**
 * The names kept for forms that still exist, blanks left out, in the order of the forms (jsonb keeps its own):
 * what the column holds is read back as the API states it, even after a form key is retired.
 */
export function knownSignerNames(stored: unknown): SignerNames {
  if (!stored || typeof stored !== 'object') return {};
  const names = stored as Record<string, unknown>;
  return Object.fromEntries(
    formKeys.flatMap((form) => {
      const name = Object.hasOwn(names, form) ? names[form] : undefined;
      return typeof name === 'string' && name !== '' ? [[form, name]] : [];
    }),
  );
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
            draftingUnit: '',
            functionsBasis: '',
            superiors: [],
          },
          signature: {
            mark: chosen.signingMark,
            markedAuthority: chosen.markedAuthority,
            title: chosen.signerTitle,
            signerName: '',
          },
          signerNames: knownSignerNames(chosen.signerNames),
        },
      ];
    }),
  );
}
