import { useTranslation } from 'react-i18next';
import type { Regime } from '#shared/regimes/regime.schemas.js';
import type { ClockSlot } from './regime-clocks.js';

/** How the regimes screen names a clock, a clock's length and a level. */
export function useRegimeText() {
  const { t } = useTranslation();
  return {
    clockName: (slot: ClockSlot) =>
      slot.kind === 'appraisal'
        ? t('ui.regimes.clocks.appraisal', { level: slot.level })
        : t(`ui.regimes.clocks.${slot.kind}`),
    clockLength: ({ days, workingDays }: Regime['clocks']['approval']) =>
      t(workingDays ? 'ui.regimes.workingDays' : 'ui.regimes.calendarDays', { days }),
    level: (level: number | null) => (level === null ? t('ui.regimes.noLevel') : t('domain.level', { level })),
  };
}
