import type { z } from 'zod';
import { securityPlanParts } from '#shared/dossiers/dossiers.schemas.js';
import type { Block } from '../../document-model.js';
import { levelText } from '../../official-parts.js';
import { decidingRules } from '../deciding-rules.js';
import { asksRiskIdentification, designDocumentText } from '../dossier-parts.js';
import { pointLines } from '../point-list.js';
import { orMissing, securityPlanTitles } from '../security-plan-text.js';
import { systemDescription } from '../systems-text.js';
import type { explanationSchema } from './schema.js';

/**
 * The chapters of the explanation, one function each, numbered in the order docs/domain.md#dossier-contents
 * lists the dossier parts: I overview, II design, III level, IV security plan, V (levels 4-5) the analysis.
 */

type Data = z.infer<typeof explanationSchema>;

const chapter = (text: string): Block => ({ kind: 'heading', text, level: 1 });
const section = (text: string): Block => ({ kind: 'heading', text, level: 2 });
const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
const listItem = (text: string): Block => ({ kind: 'paragraph', text, indent: false });

/** Numbered sections "1. <title>", each with its text (or a visible gap when empty). */
const sections = (entries: Array<[title: string, text: string]>): Block[] =>
  entries.flatMap(([title, text], index) => [section(`${index + 1}. ${title}`), paragraph(orMissing(text))]);

export function overviewChapter(data: Data): Block[] {
  const { overview } = data.content;
  const systems = data.systems.map((system) => systemDescription(system, 'cấp độ đề xuất', false));
  return [
    chapter('I. TỔNG QUAN VỀ HỆ THỐNG'),
    ...(systems.length === 1 ? [paragraph(`${systems[0]!}.`)] : pointLines(systems).map(listItem)),
    ...sections([
      ['Phạm vi của hệ thống', overview.scope],
      ['Quy mô của hệ thống', overview.scale],
      ['Đối tượng sử dụng', overview.users],
      ['Mô hình kiến trúc logic', overview.logicalArchitecture],
      ['Mô hình kiến trúc vật lý', overview.physicalArchitecture],
      ['Thiết bị và ứng dụng chính', overview.devicesAndApplications],
      ['Phân vùng mạng và địa chỉ', overview.networkZones],
    ]),
  ];
}

export function designChapter(data: Data): Block[] {
  const { design } = data.content;
  return [
    chapter('II. THIẾT KẾ HỆ THỐNG'),
    paragraph(`Tài liệu thiết kế: ${designDocumentText(design.kind)}.`),
    paragraph(orMissing(design.description)),
  ];
}

/**
 * Per system, its level and the rules that decided it, each with its citation (docs/domain.md#level-determination);
 * lower-level rules the system also matched did not decide the level and are not cited.
 */
function systemLevelBlocks(regime: Data['regime'], system: Data['systems'][number], index: number): Block[] {
  const rules = decidingRules(regime, system).map((rule) => listItem(`- ${rule.citation}: ${rule.explanation}`));
  return [
    section(`${index + 1}. ${system.name}`),
    paragraph(`Cấp độ đề xuất: ${levelText(system.level)}.`),
    ...(rules.length === 0
      ? [paragraph('Chưa xác định tiêu chí xác định cấp độ mà hệ thống đáp ứng.')]
      : [
          paragraph(
            rules.length === 1
              ? 'Hệ thống đáp ứng tiêu chí xác định cấp độ sau:'
              : 'Hệ thống đáp ứng các tiêu chí xác định cấp độ sau:',
          ),
          ...rules,
        ]),
  ];
}

export function levelChapter(data: Data): Block[] {
  const { content, systems } = data;
  const next = systems.length + 1;
  return [
    chapter('III. THUYẾT MINH ĐỀ XUẤT CẤP ĐỘ'),
    ...systems.flatMap((system, index) => systemLevelBlocks(data.regime, system, index)),
    ...(systems.length > 1
      ? [paragraph(`Cấp độ của hồ sơ là cấp độ cao nhất trong các hệ thống: ${levelText(data.level)}.`)]
      : []),
    section(`${next}. Thuyết minh của đơn vị`),
    paragraph(orMissing(content.levelExplanation)),
    ...(asksRiskIdentification(data.regime)
      ? [section(`${next + 1}. Nhận diện sơ bộ rủi ro`), paragraph(orMissing(content.riskIdentification))]
      : []),
  ];
}

export function securityPlanChapter(data: Data): Block[] {
  const plan = data.content.securityPlan;
  return [
    chapter('IV. PHƯƠNG ÁN BẢO ĐẢM AN TOÀN THÔNG TIN'),
    paragraph(
      'Phương án bảo đảm an toàn thông tin được xây dựng đáp ứng yêu cầu cơ bản của tiêu chuẩn ' +
        `${data.regime.standard} đối với ${levelText(data.level)}; tình hình đáp ứng từng nhóm yêu cầu nêu tại Phụ ` +
        'lục kèm theo.',
    ),
    ...sections(securityPlanParts.map((part) => [securityPlanTitles[part], plan[part]])),
  ];
}

/** Levels 4-5 only: the systems it connects to, the threats, the impact of an attack. */
export function highLevelChapter(data: Data): Block[] {
  const analysis = data.content.highLevelAnalysis;
  return [
    chapter('V. PHÂN TÍCH HỆ THỐNG KẾT NỐI, NGUY CƠ VÀ TÁC ĐỘNG'),
    ...sections([
      ['Các hệ thống thông tin kết nối', analysis.connectedSystems],
      ['Nguy cơ tấn công, mất an toàn thông tin', analysis.threats],
      ['Tác động khi hệ thống bị tấn công', analysis.impact],
    ]),
  ];
}
