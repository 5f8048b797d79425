// The regimes API's records for the regimes screen's tests, parsed through the shared schemas.
import { regimePreviewSchema } from '#shared/regimes/regime-preview.schemas.js';
import { regimeSchema, type Regime } from '#shared/regimes/regime.schemas.js';
import { defaultRegimes } from '#shared/regimes/regimes.js';
import type { Role } from '#shared/users/users.schemas.js';
import { districtFixture, provinceFixture, sessionAt, units } from '../support/fixtures.js';

/** The province and one district under it. */
export const organisations = [provinceFixture(), districtFixture()];

/** A person holding one role at one of those organisations. */
export const sessionAs = (role: Role, at: 'province' | 'district') => sessionAt(units[at], role);

/** Both regimes as GET /api/regimes sends them (the shipped data). */
export const regimes = (): { items: Regime[] } => ({
  items: [regimeSchema.parse(defaultRegimes.nd85), regimeSchema.parse(defaultRegimes.nd331)],
});

/** What POST /api/regimes/nd85/preview answers when R2 goes to level 3: the commune's internal system moves up. */
export const previewR2At3 = regimePreviewSchema.parse({
  regime: 'nd85',
  examined: 30,
  changes: [
    {
      system: { id: '0b1f5e1c-7d2a-4c1e-9a51-6f1d2b3c6e30', name: 'Hệ thống thông tin nội bộ của UBND xã Định Bình' },
      operator: units.commune,
      currentLevel: 2,
      previewLevel: 3,
      matchedRules: [
        {
          ruleId: 'R2',
          level: 3,
          citation: defaultRegimes.nd85.rules[1]!.citation,
          explanation: defaultRegimes.nd85.rules[1]!.explanation,
        },
      ],
    },
  ],
});
