import { eq, inArray } from 'drizzle-orm';
import type { DocumentParty, DocumentSignature, SigningMark } from '#shared/documents/form-data.schemas.js';
import type { DocumentSettings, SignerNames } from '#shared/documents/documents.schemas.js';
import type { OrganisationKind } from '#shared/organisations/organisations.schemas.js';
import { formKeys, type FormKey } from '#shared/regimes/regime.schemas.js';
import type { Db } from '../../db/open-db.js';
import { documentSettings, organisations } from '../../db/schema/index.js';
import { pathIds } from '../organisations/queries.js';

/** People's committees sign "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" and have no parent body in their header. */
const committeeKinds: ReadonlySet<OrganisationKind> = new Set(['province', 'district', 'commune', 'town', 'ward']);

/** How an organisation of this kind signs until an administrator says otherwise. */
export function defaultSettings(organisationId: string, kind: string): DocumentSettings {
  return committeeKinds.has(kind as OrganisationKind)
    ? {
        organisationId,
        headTitle: 'Chủ tịch',
        headName: '',
        draftingUnit: '',
        functionsBasis: '',
        signingMark: 'TM',
        markedAuthority: 'Ủy ban nhân dân',
        signerTitle: 'Chủ tịch',
        signerNames: {},
        version: 0,
      }
    : {
        organisationId,
        headTitle: 'Giám đốc',
        headName: '',
        draftingUnit: '',
        functionsBasis: '',
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
  /** Its signature block; the signer's name is filled per form (signerOf). */
  signature: DocumentSignature;
  /** Who signs its documents of each form, as its settings name them. */
  signerNames: SignerNames;
  /** Who signs a form the settings name no one for: the head, when the block is the head's own; else ''. */
  defaultSigner: string;
}

/** Titles compare as people write them: "Chủ tịch" and "CHỦ TỊCH" are one title. */
const sameTitle = (a: string, b: string) => a.toLocaleLowerCase('vi-VN') === b.toLocaleLowerCase('vi-VN');

/**
 * The head signs by default, when the block is theirs: the signer's title is the head's (the head in person, or
 * "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"). Under "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC" the head's name would be a wrong one.
 */
const headSigns = (settings: Pick<DocumentSettings, 'headTitle' | 'signerTitle'>) =>
  sameTitle(settings.signerTitle, settings.headTitle);

/** The name under an organisation's signature on a form: the one its settings give the form, else the default. */
export const signerOf = (organisation: DocumentOrganisation, form: FormKey): string =>
  organisation.signerNames[form] ?? organisation.defaultSigner;

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

/** The names of the bodies above each path's organisation, nearest first, in one query for all of them. */
async function superiorNames(db: Db, paths: string[]): Promise<(path: string) => string[]> {
  const ancestorsOf = (path: string) => pathIds(path).slice(0, -1).reverse();
  const ids = [...new Set(paths.flatMap(ancestorsOf))];
  const rows = ids.length
    ? await db
        .select({ id: organisations.id, name: organisations.name })
        .from(organisations)
        .where(inArray(organisations.id, ids))
    : [];
  const nameOf = new Map(rows.map((row) => [row.id, row.name]));
  return (path) => ancestorsOf(path).flatMap((id) => nameOf.get(id) ?? []);
}

/**
 * The organisations a document names, with how they sign and the bodies above them: one query for them and
 * their settings, one for their ancestors' names.
 */
export async function loadDocumentOrganisations(db: Db, ids: string[]): Promise<Map<string, DocumentOrganisation>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ organisation: organisations, settings: documentSettings })
    .from(organisations)
    .leftJoin(documentSettings, eq(documentSettings.organisationId, organisations.id))
    .where(inArray(organisations.id, unique));
  const superiorsOf = await superiorNames(
    db,
    rows.map((row) => row.organisation.path),
  );
  return new Map(
    rows.map(({ organisation, settings }) => {
      const chosen = settings
        ? { ...settings, signingMark: settings.signingMark as SigningMark }
        : defaultSettings(organisation.id, organisation.kind);
      const committee = committeeKinds.has(organisation.kind);
      const superiors = superiorsOf(organisation.path);
      const parentName = superiors[0];
      return [
        organisation.id,
        {
          party: {
            name: organisation.name,
            shortName: organisation.shortName,
            place: organisation.place,
            parentName: committee || !parentName ? null : shortBodyName(parentName),
            headTitle: chosen.headTitle,
            draftingUnit: chosen.draftingUnit,
            functionsBasis: chosen.functionsBasis,
            superiors,
          },
          signature: {
            mark: chosen.signingMark,
            markedAuthority: chosen.markedAuthority,
            title: chosen.signerTitle,
            signerName: '',
          },
          signerNames: knownSignerNames(chosen.signerNames),
          defaultSigner: headSigns(chosen) ? chosen.headName : '',
        },
      ];
    }),
  );
}
