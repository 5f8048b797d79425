import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/open-db.js';
import { users } from '../../db/schema/index.js';
import { takeFailedAttempts, type FailedAttemptsNotice } from './failed-attempts.js';
import type { PasswordVerdict } from './password-attempt.js';
import { verifyPassword } from './passwords.js';

export interface LoginVerdict extends PasswordVerdict {
  /** On success: the wrong passwords typed for the account since its previous login, to tell its owner. */
  notice?: FailedAttemptsNotice | undefined;
}

/**
 * The login form's check, run inside the throttled step (password-attempt.ts): an unknown username is
 * checked against a dummy hash so the time taken does not reveal which accounts exist, and a disabled
 * account fails even with its password.
 */
export function loginCheck(username: string, password: string, dummyHash: string) {
  return async (tx: Tx): Promise<LoginVerdict> => {
    const [user] = await tx.select().from(users).where(eq(users.username, username));
    const valid = await verifyPassword(password, user?.passwordHash ?? dummyHash);
    if (!user || !valid || user.disabledAt) return { succeeded: false, userId: user?.id ?? null };
    return { succeeded: true, userId: user.id, notice: await takeFailedAttempts(tx, user.id) };
  };
}

/** The change-password form's check of the current password, throttled like a login to the same account. */
export function currentPasswordCheck(userId: string, password: string) {
  return async (tx: Tx): Promise<PasswordVerdict> => {
    const [user] = await tx.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
    return { succeeded: Boolean(user && (await verifyPassword(password, user.passwordHash))), userId };
  };
}
