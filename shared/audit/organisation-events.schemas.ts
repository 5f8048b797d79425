import { z } from 'zod';
import { idSchema } from '../common/text.js';
import { signingMarkSchema } from '../documents/form-data.schemas.js';
import { organisationKindSchema } from '../organisations/organisations.schemas.js';
import { formKeySchema } from '../regimes/regime.schemas.js';
import { changeOf, nothing, payload } from './audit-payload.js';

const organisationFieldsSchema = z.strictObject({
  /** null only for a top-level organisation. */
  parentId: idSchema.nullable(),
  kind: organisationKindSchema,
  name: z.string(),
  shortName: z.string(),
  place: z.string(),
  /** Its identifying code (mã định danh), set by a spreadsheet import; absent from older events. */
  code: z.string().nullable().optional(),
});

/** How the organisation signs its documents (server/modules/documents/document-settings.ts). */
const documentSettingsFieldsSchema = z.strictObject({
  headTitle: z.string(),
  signingMark: signingMarkSchema,
  markedAuthority: z.string(),
  signerTitle: z.string(),
  /** The signer's name by form key (only the named forms); absent from events before names were kept. */
  signerNames: z.partialRecord(formKeySchema, z.string()).optional(),
  /** The head's name, the drafting unit, the act of its functions; absent from events before they were kept. */
  headName: z.string().optional(),
  draftingUnit: z.string().optional(),
  functionsBasis: z.string().optional(),
});

export const organisationEventPayloads = {
  create: payload(nothing, organisationFieldsSchema),
  update: changeOf(organisationFieldsSchema.shape),
  documentSettings: changeOf(documentSettingsFieldsSchema.shape),
};
