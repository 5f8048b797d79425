import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/open-db.js';
import { sessions } from '../../db/schema/index.js';

/** Ends every session of the person at once (their next request answers 401); how many there were. */
export async function endAllSessions(tx: Tx, userId: string): Promise<number> {
  const ended = await tx.delete(sessions).where(eq(sessions.userId, userId)).returning({ userId: sessions.userId });
  return ended.length;
}
