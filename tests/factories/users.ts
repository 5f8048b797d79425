import type { Role } from '#shared/users/users.schemas.js';
import type { Db } from '#server/db/open-db.js';
import { memberships, users } from '#server/db/schema/index.js';
import { DINH_BINH, type Demo } from '../support/demo.js';
import { FACTORY_PASSWORD, hashOnce } from './passwords.js';

let sequence = 0;

interface UserInput {
  username?: string;
  fullName?: string;
  password?: string;
  memberships?: Array<{ organisationId: string; role: Role }>;
  disabled?: boolean;
}

/** Inserts a user with a real scrypt hash (cached per password) and its memberships. */
export async function makeUser(db: Db, input: UserInput = {}) {
  sequence += 1;
  const password = input.password ?? FACTORY_PASSWORD;
  const [user] = await db
    .insert(users)
    .values({
      username: input.username ?? `factory.user${sequence}`,
      fullName: input.fullName ?? `Người dùng thử ${sequence}`,
      passwordHash: await hashOnce(password),
      disabledAt: input.disabled ? new Date() : null,
    })
    .returning();
  if (input.memberships?.length) {
    await db.insert(memberships).values(input.memberships.map((m) => ({ userId: user!.id, ...m })));
  }
  return { ...user!, password };
}

/** An administrator of the commune Định Bình (the outsider suites' administrator of a small subtree); its password. */
export async function makeCommuneAdmin(db: Db, demo: Demo, username = 'dinhbinh.admin'): Promise<string> {
  const made = await makeUser(db, {
    username,
    memberships: [{ organisationId: demo.org(DINH_BINH).id, role: 'admin' }],
  });
  return made.password;
}
