import type { DocumentSystem } from '#shared/documents/form-data.schemas.js';
import { levelText } from '../official-parts.js';

/** Two digits for counts in documents ("02 hệ thống"), as Decree 30 writes small numbers. */
const count = (value: number) => String(value).padStart(2, '0');

/** The systems as a subject names them: one by its name, several as a count of the operator's. */
export const systemsSubject = (systems: DocumentSystem[], operatorName: string) =>
  systems.length === 1 ? systems[0]!.name : `${count(systems.length)} hệ thống thông tin của ${operatorName}`;

/**
 * A citation inside a sentence: "quy định tại khoản 1 Điều 8 ...". Regime data writes citations to
 * stand alone ("Khoản 1 Điều 8 ..."); inside a sentence only "Điều" keeps its capital.
 */
const citationInSentence = (citation: string) =>
  citation.replace(/^(Khoản|Điểm)\b/u, (word) => word.toLocaleLowerCase('vi-VN'));

/**
 * One system described in a sentence, for submissions, opinions and decisions:
 * "<name>: chủ quản ... là ...; đơn vị vận hành là ...; <levelLabel>: cấp độ 2[, theo tiêu chí ...]".
 * No final punctuation: the caller ends it as its list needs.
 */
export function systemDescription(system: DocumentSystem, levelLabel: string, withCitations: boolean): string {
  const citations =
    withCitations && system.rules.length > 0
      ? `, theo tiêu chí quy định tại ${system.rules.map((rule) => citationInSentence(rule.citation)).join('; ')}`
      : '';
  return (
    `${system.name}: chủ quản hệ thống thông tin là ${system.owner}; đơn vị vận hành là ${system.operator}; ` +
    `${levelLabel}: ${levelText(system.level)}${citations}`
  );
}
