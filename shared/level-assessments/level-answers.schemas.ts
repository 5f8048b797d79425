import { z } from 'zod';
import { informationTypeSchema, systemTypeSchema } from '../systems/systems.schemas.js';

/** Grade of public online services on the old four-grade scale (R3/R8); kept as an answer the person gives. */
export const onlineServiceGrades = ['none', 'upTo2', 'grade3OrAbove'] as const;
/** Reach of shared infrastructure (R6/R11/R15/R19, N6/N12/N16/N21). */
export const infrastructureScopes = [
  'none',
  'oneOrganisation',
  'sectorOrProvince',
  'nationwide',
  'international',
] as const;
/** Grade of the construction works an industrial control system serves (R12/R16/R20). */
export const constructionGrades = ['none', 'IV', 'III', 'II', 'I', 'special'] as const;
/** Harm to national security if the system is attacked (R7/R13/R17). */
export const securityHarms = ['none', 'harm', 'serious', 'especiallySerious'] as const;

/**
 * The facts level determination asks for. Every answer has a neutral default, so a partly
 * filled form can already be evaluated and show which rules match so far.
 */
export const levelAnswersSchema = z.object({
  systemType: systemTypeSchema,
  informationTypes: z.array(informationTypeSchema).min(1, { message: 'validation.informationTypes' }),
  /** Serves defence or security (quốc phòng, an ninh), with or without state secrets. */
  defenceOrSecurity: z.boolean().default(false),
  nationalSecurityHarm: z.enum(securityHarms).default('none'),
  onlineServiceGrade: z.enum(onlineServiceGrades).default('none'),
  conditionalBusinessLine: z.boolean().default(false),
  /** Users whose private or personal information an online service processes (R5/R10). */
  personalInfoUsers: z.number().int().min(0).default(0),
  basicDataSubjects: z.number().int().min(0).default(0),
  sensitiveDataSubjects: z.number().int().min(0).default(0),
  handlesAdministrativeProcedures: z.boolean().default(false),
  infrastructureScope: z.enum(infrastructureScopes).default('none'),
  nationalEGovernment: z.boolean().default(false),
  requires247: z.boolean().default(false),
  constructionGrade: z.enum(constructionGrades).default('none'),
  centralNationalDataStorage: z.boolean().default(false),
  /** A level set by the Prime Minister or by the risk framework (R21, N7/N14/N18/N23). */
  designatedLevel: z.union([z.literal(0), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]).default(0),
  /** nd331 N2: the level the risk assessment gives an "other" system (1 unless it shows higher). */
  riskAssessedLevel: z
    .union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)])
    .default(0),
});
export type LevelAnswers = z.infer<typeof levelAnswersSchema>;
export type LevelAnswersInput = z.input<typeof levelAnswersSchema>;
export type LevelFact = keyof LevelAnswers;
