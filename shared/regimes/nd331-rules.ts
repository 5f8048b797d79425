import { all, any, atLeast, below, has, is, not, only } from './conditions.js';
import type { LevelRule } from './regime.schemas.js';

// The text of Decree 331/2026 is not verified against the Official Gazette (docs/domain.md#nd331-rules):
// these rules are the shipped defaults an administrator can correct as data.
const d331 = 'Nghị định 331/2026/NĐ-CP';
const cite = (vi: string, en: string) => ({ vi: `${vi} ${d331}`, en: `${en}, Decree 331/2026/ND-CP` });
const explain = (vi: string, en: string) => ({ vi, en });

const secretOrDefence = any(has('informationTypes', 'stateSecret'), is('defenceOrSecurity', true));
const byDesignation = (level: number) => any(is('designatedLevel', level), is('riskAssessedLevel', level));
const designationText = (level: number) =>
  explain(
    `Hệ thống được Thủ tướng Chính phủ quyết định hoặc được xác định theo khung đánh giá rủi ro ở cấp độ ${level}.`,
    `Designated at level ${level} by the Prime Minister or by the risk framework.`,
  );

/** Articles 11-15 of Decree 331/2026 (docs/domain.md#nd331-rules). */
export const nd331Rules: LevelRule[] = [
  {
    id: 'N1',
    level: 1,
    citation: cite('Khoản 1 Điều 11', 'Art. 11.1'),
    explanation: explain(
      'Hệ thống phục vụ hoạt động nội bộ, chỉ xử lý thông tin công cộng.',
      'Internal system processing public information only.',
    ),
    when: all(is('systemType', 'internal'), only('informationTypes', 'public')),
  },
  {
    id: 'N2',
    level: 1,
    citation: cite('Khoản 2 Điều 11', 'Art. 11.2'),
    explanation: explain(
      'Hệ thống thông tin loại khác, được xác định cấp độ 1 qua đánh giá rủi ro.',
      'Other system, level 1 by risk assessment.',
    ),
    when: all(is('systemType', 'other'), is('riskAssessedLevel', 0, 1)),
  },
  {
    id: 'N3',
    level: 2,
    citation: cite('Khoản 1 Điều 12', 'Art. 12.1'),
    explanation: explain(
      'Hệ thống phục vụ hoạt động nội bộ, có xử lý thông tin riêng hoặc thông tin cá nhân nhưng không xử lý bí mật ' +
        'nhà nước.',
      'Internal system processing private or personal information but no state secret.',
    ),
    when: all(
      is('systemType', 'internal'),
      has('informationTypes', 'private', 'personal'),
      not(has('informationTypes', 'stateSecret')),
    ),
  },
  {
    id: 'N4',
    level: 2,
    citation: cite('Điểm a khoản 2 Điều 12', 'Art. 12.2.a'),
    explanation: explain(
      'Hệ thống cung cấp dịch vụ trực tuyến không thuộc ngành, nghề kinh doanh có điều kiện.',
      'Online service not in a conditional business line.',
    ),
    when: all(is('systemType', 'onlineService'), is('conditionalBusinessLine', false)),
  },
  {
    id: 'N5',
    level: 2,
    citation: cite('Điểm b khoản 2 Điều 12', 'Art. 12.2.b'),
    explanation: explain(
      'Hệ thống cung cấp dịch vụ trực tuyến xử lý dữ liệu cá nhân cơ bản của dưới 100.000 chủ thể và dữ liệu cá nhân ' +
        'nhạy cảm của dưới 10.000 chủ thể.',
      'Online service with fewer than 100,000 basic and fewer than 10,000 sensitive personal-data subjects.',
    ),
    when: all(
      is('systemType', 'onlineService'),
      below('basicDataSubjects', 100_000),
      below('sensitiveDataSubjects', 10_000),
    ),
  },
  {
    id: 'N6',
    level: 2,
    citation: cite('Khoản 3 Điều 12', 'Art. 12.3'),
    explanation: explain(
      'Hạ tầng thông tin dùng chung phục vụ hoạt động của một cơ quan, tổ chức.',
      'Shared infrastructure serving one organisation.',
    ),
    when: all(is('systemType', 'infrastructure'), is('infrastructureScope', 'oneOrganisation')),
  },
  {
    id: 'N7',
    level: 2,
    citation: cite('Khoản 4 Điều 12', 'Art. 12.4'),
    explanation: designationText(2),
    when: byDesignation(2),
  },
  {
    id: 'N8',
    level: 3,
    citation: cite('Khoản 1 Điều 13', 'Art. 13.1'),
    explanation: explain(
      'Hệ thống xử lý bí mật nhà nước hoặc phục vụ quốc phòng, an ninh; khi bị tấn công sẽ gây tổn hại tới an ninh ' +
        'quốc gia.',
      'State secret or defence/security system whose compromise harms national security.',
    ),
    when: all(secretOrDefence, is('nationalSecurityHarm', 'harm')),
  },
  {
    id: 'N9',
    level: 3,
    citation: cite('Điểm a khoản 2 Điều 13', 'Art. 13.2.a'),
    explanation: explain(
      'Hệ thống cung cấp dịch vụ trực tuyến thuộc ngành, nghề kinh doanh có điều kiện.',
      'Online service in a conditional business line.',
    ),
    when: all(is('systemType', 'onlineService'), is('conditionalBusinessLine', true)),
  },
  {
    id: 'N10',
    level: 3,
    citation: cite('Điểm b khoản 2 Điều 13', 'Art. 13.2.b'),
    explanation: explain(
      'Hệ thống thông tin phục vụ giải quyết thủ tục hành chính.',
      'System that handles administrative procedures.',
    ),
    when: is('handlesAdministrativeProcedures', true),
  },
  {
    id: 'N11',
    level: 3,
    citation: cite('Điểm c khoản 2 Điều 13', 'Art. 13.2.c'),
    explanation: explain(
      'Hệ thống cung cấp dịch vụ trực tuyến xử lý dữ liệu cá nhân cơ bản của từ 100.000 chủ thể hoặc dữ liệu cá nhân ' +
        'nhạy cảm của từ 10.000 chủ thể trở lên.',
      'Online service with 100,000+ basic or 10,000+ sensitive personal-data subjects.',
    ),
    when: all(
      is('systemType', 'onlineService'),
      any(atLeast('basicDataSubjects', 100_000), atLeast('sensitiveDataSubjects', 10_000)),
    ),
  },
  {
    id: 'N12',
    level: 3,
    citation: cite('Khoản 3 Điều 13', 'Art. 13.3'),
    explanation: explain(
      'Hạ tầng thông tin dùng chung phục vụ các cơ quan, tổ chức trong phạm vi một bộ, ngành, một tỉnh hoặc một số ' +
        'tỉnh.',
      'Shared infrastructure within one ministry, sector, province or several provinces.',
    ),
    when: all(is('systemType', 'infrastructure'), is('infrastructureScope', 'sectorOrProvince', 'nationwide')),
  },
  {
    id: 'N13',
    level: 3,
    citation: cite('Khoản 4 Điều 13', 'Art. 13.4'),
    explanation: explain(
      'Hệ thống điều khiển công nghiệp phục vụ công trình cấp II, cấp III, cấp IV.',
      'Industrial control for works of grade II-IV.',
    ),
    when: all(is('systemType', 'industrialControl'), is('constructionGrade', 'II', 'III', 'IV')),
  },
  {
    id: 'N14',
    level: 3,
    citation: cite('Khoản 5 Điều 13', 'Art. 13.5'),
    explanation: designationText(3),
    when: byDesignation(3),
  },
  {
    id: 'N15',
    level: 4,
    citation: cite('Khoản 1 Điều 14', 'Art. 14.1'),
    explanation: explain(
      'Hệ thống xử lý bí mật nhà nước hoặc phục vụ quốc phòng, an ninh; khi bị tấn công sẽ gây tổn hại nghiêm trọng ' +
        'tới an ninh quốc gia.',
      'State secret or defence/security system whose compromise seriously harms national security.',
    ),
    when: all(secretOrDefence, is('nationalSecurityHarm', 'serious')),
  },
  {
    id: 'N16',
    level: 4,
    citation: cite('Khoản 2 Điều 14', 'Art. 14.2'),
    explanation: explain(
      'Hệ thống quốc gia phục vụ Chính phủ điện tử, hoặc hạ tầng dùng chung toàn quốc yêu cầu vận hành 24/7.',
      'National e-government system, or nationwide 24/7 infrastructure.',
    ),
    when: any(
      is('nationalEGovernment', true),
      all(is('systemType', 'infrastructure'), is('infrastructureScope', 'nationwide'), is('requires247', true)),
    ),
  },
  {
    id: 'N17',
    level: 4,
    citation: cite('Khoản 3 Điều 14', 'Art. 14.3'),
    explanation: explain(
      'Hệ thống điều khiển công nghiệp phục vụ công trình cấp I.',
      'Industrial control for grade I works.',
    ),
    when: all(is('systemType', 'industrialControl'), is('constructionGrade', 'I')),
  },
  {
    id: 'N18',
    level: 4,
    citation: cite('Khoản 4 Điều 14', 'Art. 14.4'),
    explanation: designationText(4),
    when: byDesignation(4),
  },
  {
    id: 'N19',
    level: 5,
    citation: cite('Khoản 1 Điều 15', 'Art. 15.1'),
    explanation: explain(
      'Hệ thống xử lý bí mật nhà nước hoặc phục vụ quốc phòng, an ninh; khi bị tấn công sẽ gây tổn hại đặc biệt ' +
        'nghiêm trọng tới an ninh quốc gia.',
      'State secret or defence/security system whose compromise especially seriously harms national security.',
    ),
    when: all(secretOrDefence, is('nationalSecurityHarm', 'especiallySerious')),
  },
  {
    id: 'N20',
    level: 5,
    citation: cite('Khoản 2 Điều 15', 'Art. 15.2'),
    explanation: explain(
      'Hệ thống lưu trữ tập trung dữ liệu đặc biệt quan trọng của quốc gia.',
      'Centralised storage of especially important national data.',
    ),
    when: is('centralNationalDataStorage', true),
  },
  {
    id: 'N21',
    level: 5,
    citation: cite('Khoản 3 Điều 15', 'Art. 15.3'),
    explanation: explain(
      'Hạ tầng thông tin quốc gia phục vụ kết nối quốc tế.',
      'National infrastructure for international connection.',
    ),
    when: all(is('systemType', 'infrastructure'), is('infrastructureScope', 'international')),
  },
  {
    id: 'N22',
    level: 5,
    citation: cite('Khoản 4 Điều 15', 'Art. 15.4'),
    explanation: explain(
      'Hệ thống điều khiển công nghiệp phục vụ công trình cấp đặc biệt, công trình quan trọng liên quan đến an ninh ' +
        'quốc gia.',
      'Industrial control for special-grade or national-security works.',
    ),
    when: all(is('systemType', 'industrialControl'), is('constructionGrade', 'special')),
  },
  {
    id: 'N23',
    level: 5,
    citation: cite('Khoản 5 Điều 15', 'Art. 15.5'),
    explanation: designationText(5),
    when: byDesignation(5),
  },
];
