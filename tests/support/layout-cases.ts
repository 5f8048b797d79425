import type { FormData } from '#shared/documents/form-data.schemas.js';
import { formKeys, type FormKey } from '#shared/regimes/regime.schemas.js';
import { formDefinition, formDefinitions } from '#templates/forms/index.js';
import { form01Sample } from '#templates/forms/form-01/sample.js';
import { form02Sample } from '#templates/forms/form-02/sample.js';
import { communes, publicServiceUnits, towns } from '../../drizzle/seed/yen-dinh.data.js';
import { DISTRICT, PROVINCE, SO_TTTT } from './demo.js';
import type { LayoutDocument } from './layout-render.js';

/**
 * Every form of both regimes from its sample, as a draft and as issued: the sample as it is, the same
 * document in its other state, and for the forms both regimes use (the samples are written under
 * Decree 85) the document of an nd331 dossier.
 */

/** The year a draft's blank date shows. */
const DRAFT_YEAR = 2026;

/** A draft: no number, no date, nobody has signed yet. */
const asDraft = (data: FormData): FormData => ({
  ...data,
  number: { ...data.number, number: null, date: null, symbol: null },
  signature: { ...data.signature, signerName: '' },
});

/** Who signs for each party of the nd331 samples when a sample of theirs is issued. */
const nd331Signers: Record<'operator' | 'owner' | 'appraiser' | 'approver', string> = {
  operator: 'Lê Minh Tuấn',
  owner: 'Trần Văn Bình',
  appraiser: 'Đặng Quốc Hưng',
  approver: 'Đặng Quốc Hưng',
};

/** Issued on a working day after nd331 came into force (19/8/2026), numbered by its issuer, signed by its head. */
function asIssued(key: FormKey, data: FormData, number: number, date: string): FormData {
  const definition = formDefinition(key);
  const issuer = data[definition.issuer];
  return {
    ...data,
    number: {
      number,
      typeCode: definition.numbering === 'submission' ? '' : definition.typeCode,
      issuerCode: issuer.shortName,
      date,
      symbol: null,
    },
    signature: {
      mark: '',
      markedAuthority: '',
      title: issuer.headTitle,
      signerName: data.signature.signerName || nd331Signers[definition.issuer],
    },
  };
}

/**
 * A form both regimes use, filled from an nd331 dossier: the level-2 network of form 01, or the level-3
 * system of form 02 for the submission for approval (levels 3 to 5 only), sent, appraised and issued.
 */
function nd331Variant(key: FormKey): FormData {
  const dossier = key === 'submission-approval' ? form02Sample : form01Sample;
  const data: FormData = {
    ...dossier,
    form: key,
    submission: { symbol: `07/${dossier.operator.shortName}`, date: '2026-09-03' },
    appraisal: {
      reference: { symbol: `15/${dossier.appraiser.shortName}`, date: '2026-09-24' },
      conclusions: { level: 'suitable', designPlan: 'suitable', operationPlan: 'suitable' },
      comment: 'Hồ sơ đầy đủ thành phần; phương án đáp ứng yêu cầu cơ bản đối với cấp độ đề xuất.',
    },
  };
  return asIssued(key, data, 9, '2026-10-06');
}

const inBothRegimes = (key: FormKey) =>
  !['submission-appraisal', 'form-01', 'form-02', 'form-03', 'form-07'].includes(key);

function document(key: FormKey, data: FormData): LayoutDocument {
  const definition = formDefinition(key);
  const model = definition.template(definition.schema.parse(data), DRAFT_YEAR);
  return { name: `${key} ${data.regime.id} ${model.status}`, model };
}

/** Every form's documents from the samples: 26, each form as a draft and as issued, both regimes where both use it. */
export function sampleDocuments(): LayoutDocument[] {
  return formKeys.flatMap((key) => {
    const { sample } = formDefinition(key);
    const issued = sample.number.date === null ? asIssued(key, sample, 7, '2026-09-10') : sample;
    const both = inBothRegimes(key) ? [nd331Variant(key)] : [];
    return [issued, ...both].flatMap((data) => [document(key, asDraft(data)), document(key, data)]);
  });
}

/** The names of the organisation register the samples and the demo hold, for the header's line breaks. */
export function registerNames(): string[] {
  const samples = Object.values(formDefinitions).flatMap(({ sample }) => [
    ...[sample.operator, sample.owner, sample.appraiser, sample.approver].flatMap((party) => [
      party.name,
      party.parentName ?? '',
    ]),
    ...sample.systems.flatMap((system) => [system.owner, system.operator]),
  ]);
  const demo = [
    PROVINCE,
    SO_TTTT,
    DISTRICT,
    ...towns.map((name) => `Ủy ban nhân dân thị trấn ${name}`),
    ...communes.map((name) => `Ủy ban nhân dân xã ${name}`),
    ...publicServiceUnits.map((unit) => unit.name),
  ];
  return [...new Set([...samples, ...demo].filter(Boolean))];
}
