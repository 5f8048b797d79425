import type { DocumentParty, FormData } from '#shared/documents/form-data.schemas.js';
import type { Block, DocumentModel } from '../document-model.js';
import {
  addresseeBlock,
  archiveUnit,
  closingBlock,
  copyTo,
  documentStatus,
  headerBlock,
  legalBaseLines,
} from '../official-parts.js';
import { withDecidingRules } from './deciding-rules.js';
import { pointLines } from './point-list.js';
import { systemDescription, systemsSubject } from './systems-text.js';

/**
 * The one shape of every request that sends a dossier on (docs/domain.md#forms, "Submission letters"): the nd85
 * submissions (Tờ trình) and the nd331 request forms 01, 02 and 03 (letters). Each form configures it
 * with its addressee, its grounds, its parts and its request; the structure is written only here.
 */

/** What every submission letter reads; each form's schema picks these and what its own wording needs. */
export const submissionLetterFields = {
  regime: true,
  level: true,
  systems: true,
  operator: true,
  owner: true,
  number: true,
  signature: true,
  content: true,
  attachments: true,
} as const;

type SubmissionLetterData = Pick<FormData, keyof typeof submissionLetterFields>;

interface SubmissionLetterSpec {
  fileName: string;
  /** Shown in the file's properties. */
  title: string;
  /** A typed submission shows its type and subject centred; a letter has its "V/v ..." under the number. */
  kind: { type: string; subject: string } | { letterSubject: string };
  addressees: DocumentParty[];
  /** Grounds cited after the regime's legal bases (the appraisal opinion, for the approval); none by default. */
  extraBases?: string[];
  /** The opening paragraph, ending ":" before the systems. */
  opening: string;
  /** How the level of each system is named: "cấp độ đề xuất" by default, "cấp độ đề nghị phê duyệt". */
  levelLabel?: string;
  /** Paragraphs after the systems (the appraisal result, for the approval); none by default. */
  afterSystems?: string[];
  /** The attached parts, in order (the attached files follow them). */
  parts: string[];
  /** A line after the parts, such as the number of copies; none by default. */
  partsNote?: string | null;
  /** The request that ends the body; the builder adds the final "./.". */
  request: string;
}

/** The sentence every request opens with: the operator has prepared the dossier for its systems. */
export const dossierPrepared = (data: Pick<FormData, 'systems' | 'operator'>) =>
  `Thực hiện quy định về bảo đảm an toàn hệ thống thông tin theo cấp độ, ${data.operator.name} đã xây dựng hồ sơ đề ` +
  `xuất cấp độ đối với ${systemsSubject(data.systems, data.operator.name)}.`;

/** The files attached to the dossier, as the last point of the parts. */
const attachedFiles = (attachments: string[]) =>
  attachments.length > 0 ? [`Các tệp tài liệu kèm theo: ${attachments.join(', ')}`] : [];

/**
 * The owner hears of every request it does not receive itself: "(để báo cáo)" when it is above the operator
 * (its usual place), "(để biết)" otherwise.
 */
const ownerCopy = (data: SubmissionLetterData, addressees: DocumentParty[]) =>
  data.owner.name === data.operator.name || addressees.some((party) => party.name === data.owner.name)
    ? []
    : [copyTo(data.operator, data.owner.name)];

const heading = (text: string): Block => ({ kind: 'heading', text, level: 2 });
const listItem = (text: string): Block => ({ kind: 'paragraph', text, indent: false });

/** One system as a paragraph; several as points a), b)... */
function systemBlocks(data: SubmissionLetterData, levelLabel: string): Block[] {
  const descriptions = data.systems.map((system) =>
    systemDescription(withDecidingRules(data.regime, system), levelLabel, true),
  );
  return descriptions.length === 1
    ? [{ kind: 'paragraph', text: `${descriptions[0]!}.` }]
    : pointLines(descriptions).map(listItem);
}

export function submissionLetter(
  data: SubmissionLetterData,
  spec: SubmissionLetterSpec,
  draftYear: number,
): DocumentModel {
  const { operator } = data;
  const letterSubject = 'letterSubject' in spec.kind ? spec.kind.letterSubject : null;
  return {
    fileName: spec.fileName,
    title: spec.title,
    author: operator.name,
    status: documentStatus(data.number),
    blocks: [
      headerBlock(operator, data.number, letterSubject, draftYear),
      ...('type' in spec.kind
        ? [{ kind: 'title', type: spec.kind.type, subject: spec.kind.subject } satisfies Block]
        : []),
      addresseeBlock(spec.addressees.map((party) => party.name)),
      { kind: 'legalBases', lines: legalBaseLines([...data.regime.legalBases, ...(spec.extraBases ?? [])]) },
      { kind: 'paragraph', text: spec.opening },
      heading(
        data.systems.length === 1 ? '1. Hệ thống thông tin đề xuất cấp độ' : '1. Các hệ thống thông tin đề xuất cấp độ',
      ),
      ...systemBlocks(data, spec.levelLabel ?? 'cấp độ đề xuất'),
      ...(spec.afterSystems ?? []).map((text): Block => ({ kind: 'paragraph', text })),
      heading('2. Thành phần hồ sơ kèm theo'),
      ...pointLines([...spec.parts, ...attachedFiles(data.attachments)]).map(listItem),
      ...(spec.partsNote ? [{ kind: 'paragraph', text: spec.partsNote } satisfies Block] : []),
      heading('3. Đề nghị'),
      { kind: 'paragraph', text: `${spec.request}./.` },
      closingBlock(data.signature, ['Như trên', ...ownerCopy(data, spec.addressees)], archiveUnit(operator)),
    ],
  };
}
