import { z } from 'zod';
import { nothing, payload } from './audit-payload.js';

/**
 * An administrator ended every open session of a person (DELETE /api/users/:id/sessions): how many.
 * The event's entity is the person.
 */
export const sessionEventPayloads = {
  endAllOfUser: payload(nothing, z.strictObject({ ended: z.number().int().min(0) })),
};
