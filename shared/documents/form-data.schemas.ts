import { z } from 'zod';
import { storedIsoDateSchema } from '../common/text.js';
import { implementationStatusSchema, securityPlanParts } from '../dossiers/dossiers.schemas.js';
import { formKeySchema, regimeIdSchema } from '../regimes/regime.schemas.js';

/**
 * What the official forms are filled with (docs/domain.md#forms). The server builds these from a dossier,
 * its systems, events and organisations; each form's template in templates/forms picks the parts it
 * needs from the one `formDataSchema`, so a fact about a dossier is written once for every form.
 * Texts are plain Unicode (NFC); the templates add the official wording around them.
 */

/** An organisation as a document names it. */
export const documentPartySchema = z.object({
  /** "Sở Thông tin và Truyền thông tỉnh Thanh Hóa" */
  name: z.string().min(1),
  /** Used in document symbols: "STTTT" in 05/QĐ-STTTT. */
  shortName: z.string().min(1),
  /** Written before the date: "Yên Định". */
  place: z.string().min(1),
  /** The body above it in the header ("UBND tỉnh Thanh Hóa"); null for a people's committee or a root. */
  parentName: z.string().nullable(),
  /** The title of its head, as in "Giám đốc", "Chủ tịch". */
  headTitle: z.string().min(1),
  /**
   * The abbreviation of the unit inside it that drafts its documents ("VP", "PCNTT"): letter symbols carry it
   * ("12/UBND-VP") and "Lưu: VT, VP." names it; '' when it has none (its short name stands in).
   */
  draftingUnit: z.string().default(''),
  /**
   * The act that gives it its functions, as a decision cites it after "Căn cứ" ("Quyết định số 15/2025/QĐ-UBND
   * ngày 20/6/2025 của Ủy ban nhân dân tỉnh Thanh Hóa quy định chức năng, nhiệm vụ ..."); '' leaves a blank to fill.
   */
  functionsBasis: z.string().default(''),
  /**
   * The full names of the bodies above it in the organisation tree, nearest first: a copy sent to one of them is
   * "(để báo cáo)"; to any other body "(để biết)" or "(để thực hiện)".
   */
  superiors: z.array(z.string()).default([]),
});
export type DocumentParty = z.infer<typeof documentPartySchema>;

/** Decree 30's authority marks: on behalf of a collective, for the head, acting, by order, by authorisation. */
const signingMarks = ['', 'TM', 'KT', 'Q', 'TL', 'TUQ'] as const;
export const signingMarkSchema = z.enum(signingMarks);
export type SigningMark = z.infer<typeof signingMarkSchema>;

export const documentSignatureSchema = z.object({
  mark: signingMarkSchema,
  /** What the mark applies to: "Ủy ban nhân dân" after TM., "Giám đốc" after KT. */
  markedAuthority: z.string(),
  /** The signer's own title: "Phó Giám đốc". */
  title: z.string().min(1),
  /** Empty until someone signs: the block keeps the space. */
  signerName: z.string(),
});
export type DocumentSignature = z.infer<typeof documentSignatureSchema>;

/** A document's number; null while it is a draft (the line then shows a blank before the symbol). */
export const documentNumberSchema = z.object({
  number: z.number().int().positive().nullable(),
  /** Type code of Decree 30 (QĐ, TTr, BC...); empty for a plain letter (công văn). */
  typeCode: z.string(),
  /** The issuer's short name in the symbol. */
  issuerCode: z.string().min(1),
  /** The date it was issued; null for a draft (the day and month stay blank). Drawn from records: format only. */
  date: storedIsoDateSchema.nullable(),
  /** The symbol as issued when a person typed it ("99/QĐ-STTTT"); it wins over number and codes. */
  symbol: z.string().min(1).nullable().optional(),
});
export type DocumentNumber = z.infer<typeof documentNumberSchema>;

/** A document referred to by another ("Tờ trình số 12/TTr-TTDVNN ngày 05/06/2023"). */
export const documentReferenceSchema = z.object({ symbol: z.string().min(1), date: storedIsoDateSchema.nullable() });
export type DocumentReference = z.infer<typeof documentReferenceSchema>;

const documentRuleSchema = z.object({ ruleId: z.string(), citation: z.string(), explanation: z.string() });

export const documentSystemSchema = z.object({
  name: z.string().min(1),
  owner: z.string().min(1),
  operator: z.string().min(1),
  level: z.number().int().min(1).max(5).nullable(),
  /** The rules that gave the level, with their citations (the explanation's level chapter). */
  rules: z.array(documentRuleSchema),
});
export type DocumentSystem = z.infer<typeof documentSystemSchema>;

const appraisalConclusionsSchema = z.object({
  level: z.enum(['suitable', 'unsuitable']).nullable(),
  designPlan: z.enum(['suitable', 'unsuitable']).nullable(),
  operationPlan: z.enum(['suitable', 'unsuitable']).nullable(),
});

const requirementRowSchema = z.object({
  group: z.string().min(1),
  kind: z.enum(['management', 'technical']),
  status: implementationStatusSchema,
  note: z.string(),
});

export const formDataSchema = z.object({
  form: formKeySchema,
  regime: z.object({
    id: regimeIdSchema,
    name: z.string().min(1),
    legalBases: z.array(z.string().min(1)),
    standard: z.string(),
  }),
  dossierTitle: z.string().min(1),
  /** The highest level among the systems; the forms that apply depend on it. */
  level: z.number().int().min(1).max(5).nullable(),
  systems: z.array(documentSystemSchema).min(1),
  /** The unit that operates the systems and prepares the dossier. */
  operator: documentPartySchema,
  /** The body that owns the systems and approves levels 3-5 (the operator's superior). */
  owner: documentPartySchema,
  /** The designated security unit that appraises (levels 1-2) or gives the professional opinion. */
  appraiser: documentPartySchema,
  /** Who signs the approval decision. */
  approver: documentPartySchema,
  /** The number of this document and its issuer's signature. */
  number: documentNumberSchema,
  signature: documentSignatureSchema,
  /** The submission that sent the dossier for appraisal, once sent. */
  submission: documentReferenceSchema.nullable(),
  /** The appraisal opinion, once given. */
  appraisal: z
    .object({
      reference: documentReferenceSchema.nullable(),
      conclusions: appraisalConclusionsSchema,
      comment: z.string(),
    })
    .nullable(),
  /** The dossier's content, for the explanation. */
  content: z.object({
    overview: z.object({
      scope: z.string(),
      scale: z.string(),
      users: z.string(),
      logicalArchitecture: z.string(),
      physicalArchitecture: z.string(),
      devicesAndApplications: z.string(),
      networkZones: z.string(),
    }),
    design: z.object({ kind: z.enum(['preliminary', 'construction', 'equivalent']), description: z.string() }),
    levelExplanation: z.string(),
    riskIdentification: z.string(),
    securityPlan: z.object(
      Object.fromEntries(securityPlanParts.map((part) => [part, z.string()])) as Record<
        (typeof securityPlanParts)[number],
        z.ZodString
      >,
    ),
    requirements: z.array(requirementRowSchema),
    highLevelAnalysis: z.object({ connectedSystems: z.string(), threats: z.string(), impact: z.string() }),
  }),
  /** Names of the attached files, listed in submissions. */
  attachments: z.array(z.string()),
});
export type FormData = z.infer<typeof formDataSchema>;
