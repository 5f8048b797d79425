import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { dossierEventSchema } from '#shared/audit/dossier-events.schemas.js';
import { todayInVietnam } from '#shared/calendar/today-in-vietnam.js';
import { DossierSteps } from '#web/features/dossiers/components/dossier-steps.js';
import { dossierFixture } from '../support/fixtures.js';
import { renderInApp } from '../support/render.js';

/*
 * Between 00:00 and 07:00 in Vietnam the UTC date is still the day before: the steps must show the day in
 * Vietnam, also when the browser's clock is set to another time zone (a laptop bought abroad, a CI runner).
 */
describe('the dossier steps date each step in Vietnam', () => {
  let savedZone: string | undefined;
  beforeEach(() => {
    savedZone = process.env.TZ;
    process.env.TZ = 'America/New_York';
    // 23:30 UTC on 5 March is 06:30 on 6 March in Hà Nội (and 18:30 on 5 March in New York).
    vi.useFakeTimers({ now: new Date('2025-03-05T23:30:00.000Z'), toFake: ['Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
    if (savedZone === undefined) delete process.env.TZ;
    else process.env.TZ = savedZone;
  });

  it('a submission at 06:30 in Hà Nội shows that day, not the one before', () => {
    expect(todayInVietnam()).toBe('2025-03-06');
    const submitted = dossierEventSchema.parse({
      id: 7,
      at: new Date().toISOString(),
      actor: 'Nguyễn Văn An',
      comment: '',
      action: 'submit',
      before: { status: 'drafting' },
      after: { status: 'submitted' },
    });
    renderInApp(<DossierSteps dossier={dossierFixture({ status: 'submitted' })} events={[submitted]} />);
    expect(screen.getByText('06/03/2025')).toBeTruthy();
    expect(screen.queryByText('05/03/2025')).toBeNull();
  });
});
