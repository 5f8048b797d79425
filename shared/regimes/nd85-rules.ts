import { all, any, atLeast, below, has, is, not, only } from './conditions.js';
import type { LevelRule } from './regime.schemas.js';

const d85 = 'Nghị định 85/2016/NĐ-CP';
const cite = (vi: string, en: string) => ({ vi: `${vi} ${d85}`, en: `${en}, Decree 85/2016/ND-CP` });
const explain = (vi: string, en: string) => ({ vi, en });

const secretOrDefence = any(has('informationTypes', 'stateSecret'), is('defenceOrSecurity', true));
const privateOrPersonal = has('informationTypes', 'private', 'personal');

/** Articles 7-11 of Decree 85/2016 (docs/domain.md#nd85-rules). */
export const nd85Rules: LevelRule[] = [
  {
    id: 'R1',
    level: 1,
    citation: cite('Điều 7', 'Art. 7'),
    explanation: explain(
      'Hệ thống phục vụ hoạt động nội bộ, chỉ xử lý thông tin công cộng.',
      'Internal system processing public information only.',
    ),
    when: all(is('systemType', 'internal'), only('informationTypes', 'public')),
  },
  {
    id: 'R2',
    level: 2,
    citation: cite('Khoản 1 Điều 8', 'Art. 8.1'),
    explanation: explain(
      'Hệ thống phục vụ hoạt động nội bộ, có xử lý thông tin riêng hoặc thông tin cá nhân nhưng không xử lý bí mật ' +
        'nhà nước.',
      'Internal system processing private or personal information but no state secret.',
    ),
    when: all(is('systemType', 'internal'), privateOrPersonal, not(has('informationTypes', 'stateSecret'))),
  },
  {
    id: 'R3',
    level: 2,
    citation: cite('Điểm a khoản 2 Điều 8', 'Art. 8.2.a'),
    explanation: explain(
      'Hệ thống phục vụ người dân, doanh nghiệp cung cấp thông tin công cộng hoặc dịch vụ công trực tuyến từ mức độ ' +
        '2 trở xuống.',
      'Online service providing public information or public online services of grade 2 or lower.',
    ),
    when: all(
      is('systemType', 'onlineService'),
      any(only('informationTypes', 'public'), is('onlineServiceGrade', 'upTo2')),
    ),
  },
  {
    id: 'R4',
    level: 2,
    citation: cite('Điểm b khoản 2 Điều 8', 'Art. 8.2.b'),
    explanation: explain(
      'Hệ thống cung cấp dịch vụ trực tuyến không thuộc danh mục dịch vụ kinh doanh có điều kiện.',
      'Online service not in the list of conditional business lines.',
    ),
    when: all(is('systemType', 'onlineService'), is('conditionalBusinessLine', false)),
  },
  {
    id: 'R5',
    level: 2,
    citation: cite('Điểm c khoản 2 Điều 8', 'Art. 8.2.c'),
    explanation: explain(
      'Hệ thống cung cấp dịch vụ trực tuyến khác có xử lý thông tin riêng, thông tin cá nhân của dưới 10.000 người ' +
        'sử dụng.',
      'Other online service processing private or personal information of fewer than 10,000 users.',
    ),
    when: all(is('systemType', 'onlineService'), privateOrPersonal, below('personalInfoUsers', 10_000)),
  },
  {
    id: 'R6',
    level: 2,
    citation: cite('Khoản 3 Điều 8', 'Art. 8.3'),
    explanation: explain(
      'Hạ tầng thông tin dùng chung phục vụ hoạt động của một cơ quan, tổ chức.',
      'Shared information infrastructure serving one organisation.',
    ),
    when: all(is('systemType', 'infrastructure'), is('infrastructureScope', 'oneOrganisation')),
  },
  {
    id: 'R7',
    level: 3,
    citation: cite('Khoản 1 Điều 9', 'Art. 9.1'),
    explanation: explain(
      'Hệ thống xử lý bí mật nhà nước hoặc phục vụ quốc phòng, an ninh; khi bị phá hoại sẽ làm tổn hại tới quốc ' +
        'phòng, an ninh quốc gia.',
      'State secret or defence/security system whose compromise harms national security.',
    ),
    when: all(secretOrDefence, is('nationalSecurityHarm', 'harm')),
  },
  {
    id: 'R8',
    level: 3,
    citation: cite('Điểm a khoản 2 Điều 9', 'Art. 9.2.a'),
    explanation: explain(
      'Hệ thống cung cấp dịch vụ công trực tuyến từ mức độ 3 trở lên.',
      'Public online services of grade 3 or higher.',
    ),
    when: all(is('systemType', 'onlineService'), is('onlineServiceGrade', 'grade3OrAbove')),
  },
  {
    id: 'R9',
    level: 3,
    citation: cite('Điểm b khoản 2 Điều 9', 'Art. 9.2.b'),
    explanation: explain(
      'Hệ thống cung cấp dịch vụ trực tuyến thuộc danh mục dịch vụ kinh doanh có điều kiện.',
      'Online service in the list of conditional business lines.',
    ),
    when: all(is('systemType', 'onlineService'), is('conditionalBusinessLine', true)),
  },
  {
    id: 'R10',
    level: 3,
    citation: cite('Điểm c khoản 2 Điều 9', 'Art. 9.2.c'),
    explanation: explain(
      'Hệ thống cung cấp dịch vụ trực tuyến khác có xử lý thông tin riêng, thông tin cá nhân của từ 10.000 người sử ' +
        'dụng trở lên.',
      'Other online service processing private or personal information of 10,000 users or more.',
    ),
    when: all(is('systemType', 'onlineService'), privateOrPersonal, atLeast('personalInfoUsers', 10_000)),
  },
  {
    id: 'R11',
    level: 3,
    citation: cite('Khoản 3 Điều 9', 'Art. 9.3'),
    explanation: explain(
      'Hạ tầng thông tin dùng chung phục vụ hoạt động của các cơ quan, tổ chức trong phạm vi một ngành, một tỉnh ' +
        'hoặc một số tỉnh.',
      'Shared infrastructure serving a sector, a province or several provinces.',
    ),
    when: all(is('systemType', 'infrastructure'), is('infrastructureScope', 'sectorOrProvince', 'nationwide')),
  },
  {
    id: 'R12',
    level: 3,
    citation: cite('Khoản 4 Điều 9', 'Art. 9.4'),
    explanation: explain(
      'Hệ thống điều khiển công nghiệp trực tiếp phục vụ điều khiển vận hành công trình cấp II, cấp III, cấp IV.',
      'Industrial control for construction works of grade II, III or IV.',
    ),
    when: all(is('systemType', 'industrialControl'), is('constructionGrade', 'II', 'III', 'IV')),
  },
  {
    id: 'R13',
    level: 4,
    citation: cite('Khoản 1 Điều 10', 'Art. 10.1'),
    explanation: explain(
      'Hệ thống xử lý bí mật nhà nước hoặc phục vụ quốc phòng, an ninh; khi bị phá hoại sẽ làm tổn hại nghiêm trọng ' +
        'tới quốc phòng, an ninh quốc gia.',
      'State secret or defence/security system whose compromise seriously harms national security.',
    ),
    when: all(secretOrDefence, is('nationalSecurityHarm', 'serious')),
  },
  {
    id: 'R14',
    level: 4,
    citation: cite('Khoản 2 Điều 10', 'Art. 10.2'),
    explanation: explain(
      'Hệ thống quốc gia phục vụ phát triển Chính phủ điện tử, yêu cầu vận hành 24/7 và không chấp nhận ngừng vận ' +
        'hành mà không có kế hoạch trước.',
      'National e-government system required 24/7 without unplanned downtime.',
    ),
    when: all(is('nationalEGovernment', true), is('requires247', true)),
  },
  {
    id: 'R15',
    level: 4,
    citation: cite('Khoản 3 Điều 10', 'Art. 10.3'),
    explanation: explain(
      'Hạ tầng thông tin dùng chung phục vụ hoạt động của các cơ quan, tổ chức trên phạm vi toàn quốc, yêu cầu vận ' +
        'hành 24/7.',
      'Nationwide shared infrastructure required 24/7.',
    ),
    when: all(is('systemType', 'infrastructure'), is('infrastructureScope', 'nationwide'), is('requires247', true)),
  },
  {
    id: 'R16',
    level: 4,
    citation: cite('Khoản 4 Điều 10', 'Art. 10.4'),
    explanation: explain(
      'Hệ thống điều khiển công nghiệp trực tiếp phục vụ điều khiển vận hành công trình cấp I.',
      'Industrial control for grade I works.',
    ),
    when: all(is('systemType', 'industrialControl'), is('constructionGrade', 'I')),
  },
  {
    id: 'R17',
    level: 5,
    citation: cite('Khoản 1 Điều 11', 'Art. 11.1'),
    explanation: explain(
      'Hệ thống xử lý bí mật nhà nước hoặc phục vụ quốc phòng, an ninh; khi bị phá hoại sẽ làm tổn hại đặc biệt ' +
        'nghiêm trọng tới quốc phòng, an ninh quốc gia.',
      'State secret or defence/security system whose compromise especially seriously harms national security.',
    ),
    when: all(secretOrDefence, is('nationalSecurityHarm', 'especiallySerious')),
  },
  {
    id: 'R18',
    level: 5,
    citation: cite('Khoản 2 Điều 11', 'Art. 11.2'),
    explanation: explain(
      'Hệ thống phục vụ lưu trữ tập trung đối với một số loại hình thông tin, dữ liệu đặc biệt quan trọng của quốc ' +
        'gia.',
      'Centralised storage of especially important national data.',
    ),
    when: is('centralNationalDataStorage', true),
  },
  {
    id: 'R19',
    level: 5,
    citation: cite('Khoản 3 Điều 11', 'Art. 11.3'),
    explanation: explain(
      'Hạ tầng thông tin quốc gia phục vụ kết nối liên thông hoạt động giữa Việt Nam với các quốc gia, tổ chức quốc ' +
        'tế.',
      'National infrastructure connecting Vietnam with other countries.',
    ),
    when: all(is('systemType', 'infrastructure'), is('infrastructureScope', 'international')),
  },
  {
    id: 'R20',
    level: 5,
    citation: cite('Khoản 4 Điều 11', 'Art. 11.4'),
    explanation: explain(
      'Hệ thống điều khiển công nghiệp trực tiếp phục vụ điều khiển vận hành công trình cấp đặc biệt, công trình ' +
        'quan trọng liên quan đến an ninh quốc gia.',
      'Industrial control for special-grade or national-security works.',
    ),
    when: all(is('systemType', 'industrialControl'), is('constructionGrade', 'special')),
  },
  {
    id: 'R21',
    level: 5,
    citation: cite('Khoản 5 Điều 11', 'Art. 11.5'),
    explanation: explain(
      'Hệ thống thông tin khác theo quyết định của Thủ tướng Chính phủ.',
      'Designated by the Prime Minister.',
    ),
    when: is('designatedLevel', 5),
  },
];
