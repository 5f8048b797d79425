// The onboarding API's records for the import screen's tests, parsed through the shared schemas.
import {
  onboardingPreviewSchema,
  type OnboardingIssue,
  type OnboardingPreview,
} from '#shared/onboarding/onboarding.schemas.js';
import { districtFixture, provinceAdminSession, provinceFixture, unitIds } from '../support/fixtures.js';

export const importId = '0b1f5e1c-7d2a-4c1e-9a51-6f1d2b3c5a01';
export const orgIds = unitIds;

/** The province and one of its districts. */
export const organisations = [provinceFixture(), districtFixture()];

/** The province's administrator, who is logged in. */
export const adminSession = provinceAdminSession;

/** A parent code that names no unit, on the organisations sheet's row 7, column C. */
export const parentIssue: OnboardingIssue = {
  sheet: 'organisations',
  row: 7,
  column: 'C',
  header: 'Mã đơn vị cấp trên',
  message: 'Không có đơn vị nào mang mã "XA-999": hãy ghi mã của một đơn vị đã có hoặc có trong trang Đơn vị.',
};
/** A username used twice on the people sheet. */
const usernameIssue: OnboardingIssue = {
  sheet: 'people',
  row: 12,
  column: 'A',
  header: 'Tên đăng nhập',
  message: 'Tên đăng nhập "dinhbinh.vanthu" đã có ở dòng 5.',
};

/** The preview of "don-vi-yen-dinh.xlsx": 27 new organisations, 2 changed, people and systems, no mistakes. */
export function previewFixture(overrides: Partial<OnboardingPreview> = {}): OnboardingPreview {
  return onboardingPreviewSchema.parse({
    id: importId,
    status: 'previewed',
    fileName: 'don-vi-yen-dinh.xlsx',
    createdAt: '2025-03-01T02:00:00.000Z',
    expiresAt: '2025-03-02T02:00:00.000Z',
    committedAt: null,
    counts: {
      organisations: { created: 27, updated: 2, unchanged: 0 },
      people: { created: 1234, updated: 0, unchanged: 5 },
      memberships: { granted: 40, unchanged: 3 },
      systems: { created: 12, updated: 1, unchanged: 4 },
    },
    issues: [],
    issueCount: 0,
    changes: [
      { sheet: 'organisations', row: 3, key: 'XA-DINHBINH', action: 'create', fields: [] },
      { sheet: 'organisations', row: 4, key: 'XA-QUANLAO', action: 'update', fields: ['Tên đơn vị', 'Địa bàn'] },
      { sheet: 'people', row: 2, key: 'dinhbinh.vanthu', action: 'create', fields: [] },
    ],
    changeCount: 3,
    abilities: { commit: true },
    ...overrides,
  });
}

/** The same file with two mistakes: nothing may be imported. */
export const previewWithIssues = () =>
  previewFixture({ issues: [parentIssue, usernameIssue], issueCount: 2, abilities: { commit: false } });
