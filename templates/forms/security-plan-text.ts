import type { FormData } from '#shared/documents/form-data.schemas.js';

type Requirement = FormData['content']['requirements'][number];

/**
 * The titles of the seven parts of the security plan (docs/domain.md#dossier-contents); their order is
 * `securityPlanParts`.
 */
export const securityPlanTitles: Record<keyof FormData['content']['securityPlan'], string> = {
  designBuild: 'Bảo đảm an toàn thông tin trong thiết kế, xây dựng hệ thống',
  operation: 'Bảo đảm an toàn thông tin trong quá trình vận hành hệ thống',
  inspection: 'Kiểm tra, đánh giá an toàn thông tin',
  riskManagement: 'Quản lý rủi ro an toàn thông tin',
  monitoring: 'Giám sát an toàn hệ thống thông tin',
  incidentResponse: 'Ứng cứu sự cố và khôi phục hệ thống',
  endOfLife: 'Kết thúc vận hành, khai thác, thanh lý, hủy bỏ',
};

export const requirementKindText: Record<Requirement['kind'], string> = {
  management: 'Quản lý',
  technical: 'Kỹ thuật',
};

export const implementationStatusText: Record<Requirement['status'], string> = {
  not: 'Chưa triển khai',
  partly: 'Triển khai một phần',
  fully: 'Đã triển khai đầy đủ',
};

/** An empty part of the dossier still shows, so the reader sees it is missing rather than forgotten. */
export const orMissing = (text: string) => (text.trim() === '' ? '(Chưa có nội dung.)' : text);
