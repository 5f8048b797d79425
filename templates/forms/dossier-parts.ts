import type { FormData } from '#shared/documents/form-data.schemas.js';

type DossierData = Pick<FormData, 'regime' | 'level' | 'content'>;

const designDocuments: Record<FormData['content']['design']['kind'], string> = {
  preliminary: 'thiết kế sơ bộ (hệ thống đang trong giai đoạn đầu tư)',
  construction: 'thiết kế thi công',
  equivalent: 'tài liệu tương đương hồ sơ thiết kế (hệ thống đang vận hành)',
};

export const designDocumentText = (kind: FormData['content']['design']['kind']) => designDocuments[kind];

/** nd331 adds the preliminary risk identification to the level explanation (docs/domain.md#dossier-contents). */
export const asksRiskIdentification = (regime: FormData['regime']) => regime.id === 'nd331';

/** Levels 4-5 add the designated unit's professional opinion and the high-level analysis. */
export const needsHighLevelAnalysis = (level: number | null) => level !== null && level >= 4;

/**
 * The parts of the dossier a submission sends (docs/domain.md#dossier-contents); the submission letter adds the files.
 * `professionalOpinion` is 'requested' in the request for that opinion (form 03): there the fifth
 * part can only bring the analysis, since the opinion is what the letter asks for.
 */
export function dossierParts(data: DossierData, professionalOpinion: 'attached' | 'requested'): string[] {
  const parts = [
    'Tài liệu mô tả tổng quan hệ thống thông tin: chủ quản, đơn vị vận hành, phạm vi, quy mô, đối tượng sử dụng, ' +
      'kiến trúc logic và vật lý, thiết bị và ứng dụng chính, phân vùng mạng và địa chỉ',
    `Hồ sơ thiết kế: ${designDocumentText(data.content.design.kind)}`,
    'Tài liệu thuyết minh đề xuất cấp độ theo tiêu chí xác định cấp ' +
      `độ${asksRiskIdentification(data.regime) ? ', kèm theo nhận diện sơ bộ rủi ro' : ''}`,
    `Phương án bảo đảm an toàn thông tin theo cấp độ, đáp ứng yêu cầu cơ bản của tiêu chuẩn ${data.regime.standard}`,
  ];
  if (needsHighLevelAnalysis(data.level)) {
    const analysis =
      'tài liệu phân tích các hệ thống thông tin kết nối, nguy cơ tấn công và tác động khi hệ thống bị tấn công';
    parts.push(
      professionalOpinion === 'attached'
        ? `Ý kiến chuyên môn của đơn vị chuyên trách về an toàn thông tin; ${analysis}`
        : analysis.charAt(0).toLocaleUpperCase('vi-VN') + analysis.slice(1),
    );
  }
  return parts;
}
