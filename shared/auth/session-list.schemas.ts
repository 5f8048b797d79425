import { z } from 'zod';

/**
 * One of the caller's open sessions, as their account page lists it. Sessions are keyed by a hash of
 * their token, which never leaves the server: each has a random public id of its own.
 */
export const activeSessionSchema = z.object({
  id: z.uuid().describe('The public id of the session (not its token)'),
  device: z
    .object({ browser: z.string().nullable(), os: z.string().nullable() })
    .describe("Summarised from the browser's User-Agent (null when it names none we know)"),
  address: z.string().describe('The address the session was opened from'),
  createdAt: z.iso.datetime(),
  lastSeenAt: z.iso.datetime(),
  current: z.boolean().describe('The session this request came with'),
});
export type ActiveSession = z.infer<typeof activeSessionSchema>;

export const activeSessionListSchema = z.object({ items: z.array(activeSessionSchema) });

/** What ending every session of a person did. */
export const endedSessionsSchema = z.object({ ended: z.number().int().min(0).describe('How many sessions ended') });
