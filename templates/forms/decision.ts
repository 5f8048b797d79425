import type { DocumentNumber, DocumentParty, DocumentSignature } from '#shared/documents/form-data.schemas.js';
import type { Block, DocumentModel, RichText } from '../document-model.js';
import {
  archiveUnit,
  blankToFill,
  closingBlock,
  documentStatus,
  headerBlock,
  legalBaseLines,
  upper,
} from '../official-parts.js';

/**
 * The one shape of a decision that approves (Decree 30, model 1.3; docs/domain.md#forms): the approval of the
 * level (form 06) and the approval of the level-5 security plan (nd331 form 07). Header, "QUYẾT ĐỊNH"
 * and its subject, the deciding authority, the legal bases, the proposal, "QUYẾT ĐỊNH:", the articles,
 * recipients and signature.
 */
interface DecisionSpec {
  fileName: string;
  /** Shown in the file's properties. */
  title: string;
  issuer: DocumentParty;
  number: DocumentNumber;
  signature: DocumentSignature;
  /** "Về việc phê duyệt ..." */
  subject: string;
  /** Every basis, in order, without "Căn cứ" (legalBaseLines adds it and the punctuation). */
  bases: string[];
  /** "Theo đề nghị của ..." without the final full stop. */
  proposal: string;
  /** Numbered from 1 in order; the last one's last paragraph ends "./.". */
  articles: Array<{ title: RichText | null; paragraphs: RichText[] }>;
  /** Recipients before the archive line ("Như Điều 3", ...). */
  recipients: string[];
}

/**
 * The basis every deciding body cites: the act that gives it its functions, as its settings name it; until they
 * do, a dotted line for the clerk to fill, never a description of what should stand there.
 */
export const functionsBasis = (issuer: DocumentParty) => issuer.functionsBasis.trim() || blankToFill;

/**
 * The sentence that ends a decision: in force from signing, carried out by the operator's head by their own
 * title ("Chủ tịch Ủy ban nhân dân xã ...", "Giám đốc Trung tâm ...") and the bodies concerned.
 */
export const executionArticle = (operator: DocumentParty) =>
  `Quyết định này có hiệu lực kể từ ngày ký. ${operator.headTitle} ${operator.name} và Thủ trưởng các cơ quan, đơn ` +
  'vị có liên quan chịu trách nhiệm thi hành Quyết định này./.';

export function decisionDocument(spec: DecisionSpec, draftYear: number): DocumentModel {
  const { issuer } = spec;
  return {
    fileName: spec.fileName,
    title: spec.title,
    author: issuer.name,
    status: documentStatus(spec.number),
    blocks: [
      headerBlock(issuer, spec.number, null, draftYear),
      { kind: 'title', type: 'QUYẾT ĐỊNH', subject: spec.subject },
      { kind: 'authority', text: upper(`${issuer.headTitle} ${issuer.name}`) },
      { kind: 'legalBases', lines: legalBaseLines(spec.bases) },
      { kind: 'paragraph', text: [{ text: `${spec.proposal}.`, italic: true }] },
      { kind: 'title', type: 'QUYẾT ĐỊNH:', subject: null },
      ...spec.articles.map((article, index): Block => ({ kind: 'article', number: index + 1, ...article })),
      closingBlock(spec.signature, spec.recipients, archiveUnit(issuer)),
    ],
  };
}
