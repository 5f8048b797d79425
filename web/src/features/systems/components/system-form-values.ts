import type { InformationSystem, InformationType, SystemStatus, SystemType } from '#shared/systems/systems.schemas.js';

/** What the system form holds: the API's fields, with counts that may be briefly empty while typed. */
export interface SystemFormValues {
  version?: number;
  name: string;
  /** '' for none: the API stores null. */
  code: string;
  operatorOrganisationId?: string;
  ownerOrganisationId?: string;
  systemType?: SystemType;
  informationTypes: InformationType[];
  internalUserCount: number | null;
  externalUserCount: number | null;
  basicDataSubjects: number | null;
  sensitiveDataSubjects: number | null;
  description: string;
  address: string;
  status: SystemStatus;
}

export const fieldNames = [
  'name',
  'code',
  'operatorOrganisationId',
  'ownerOrganisationId',
  'systemType',
  'informationTypes',
  'internalUserCount',
  'externalUserCount',
  'basicDataSubjects',
  'sensitiveDataSubjects',
  'description',
  'address',
  'status',
] as const satisfies readonly (keyof SystemFormValues)[];
export type FieldName = (typeof fieldNames)[number];
export const countFields = [
  'internalUserCount',
  'externalUserCount',
  'basicDataSubjects',
  'sensitiveDataSubjects',
] as const;

export const systemFormValuesOf = (system: InformationSystem): SystemFormValues => ({
  version: system.version,
  name: system.name,
  code: system.code ?? '',
  operatorOrganisationId: system.operator.id,
  ownerOrganisationId: system.owner.id,
  systemType: system.systemType,
  informationTypes: system.informationTypes,
  internalUserCount: system.internalUserCount,
  externalUserCount: system.externalUserCount,
  basicDataSubjects: system.basicDataSubjects,
  sensitiveDataSubjects: system.sensitiveDataSubjects,
  description: system.description,
  address: system.address,
  status: system.status,
});

export const emptyValues = (operatorId: string | undefined): SystemFormValues => ({
  name: '',
  code: '',
  operatorOrganisationId: operatorId,
  ownerOrganisationId: operatorId,
  informationTypes: [],
  internalUserCount: 0,
  externalUserCount: 0,
  basicDataSubjects: 0,
  sensitiveDataSubjects: 0,
  description: '',
  address: '',
  status: 'operating',
});
