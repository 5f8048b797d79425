import { z } from 'zod';
import { holidaySchema } from '../calendar/calendar.contract.js';
import { notificationDefaultsSchema } from '../notifications/notifications.schemas.js';
import { regimeSchema } from '../regimes/regime.schemas.js';
import { nothing, payload } from './audit-payload.js';

/** The trail records that a password changed, never the password or its hash. */
export const userEventPayloads = {
  changePassword: payload(nothing, nothing),
  /**
   * The account reached its limit of failed logins (and again at every further multiple of it) within the
   * window: how many failures, from how many addresses. Written by server/modules/auth/failed-attempts.ts.
   */
  loginThrottled: payload(
    nothing,
    z.strictObject({
      failures: z.number().int().min(1),
      addresses: z.number().int().min(1),
      windowMinutes: z.number().int().min(1),
    }),
  ),
};

/** An administrator's correction of a regime: the whole regime before and after. */
export const regimeEventPayloads = {
  update: payload(regimeSchema, regimeSchema),
};

/** One year's public holidays and swapped working days, replaced as a whole. */
export const calendarEventPayloads = {
  replaceHolidays: payload(z.array(holidaySchema), z.array(holidaySchema)),
};

/** The notification defaults every person starts from (delivery per kind, digest hour, due-soon days), whole. */
export const notificationDefaultsEventPayloads = {
  update: payload(notificationDefaultsSchema, notificationDefaultsSchema),
};
