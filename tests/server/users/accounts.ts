import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { auditEvents } from '#server/db/schema/index.js';
import type { Db } from '#server/db/open-db.js';
import type { ApiClient } from '../../support/http-client.js';

/** A password the policy accepts, for people who set theirs with a link. */
export const NEW_PASSWORD = 'Mật-khẩu-mới-2025';

let sequence = 0;

/** A body for POST /api/users; a fresh username each call. */
export function personBody(memberships: Array<{ organisationId: string; role: string }>, more: object = {}) {
  sequence += 1;
  return {
    username: `nguoimoi.${sequence}.${process.pid}`,
    fullName: `Nguyễn Thị Mới ${sequence}`,
    title: 'Chuyên viên',
    email: `nguoimoi${sequence}@thanhhoa.gov.vn`,
    phone: '0237 3 123 456',
    memberships,
    ...more,
  };
}

/** The token of a link as handed out: its ?token= value. */
export const tokenOf = (url: string) => new URL(url).searchParams.get('token')!;

/** Creates a person through the API (201 expected); answers the account and the activation link's token. */
export async function createPerson(admin: ApiClient, memberships: Array<{ organisationId: string; role: string }>) {
  const res = await admin.post('/api/users', { body: personBody(memberships) });
  expect(res.status, res.text).toBe(201);
  return { user: res.json.user, token: tokenOf(res.json.activationUrl as string) };
}

/** Creates and activates a person, so they can log in with NEW_PASSWORD. */
export async function createActivePerson(
  admin: ApiClient,
  anonymous: ApiClient,
  memberships: Array<{ organisationId: string; role: string }>,
) {
  const { user, token } = await createPerson(admin, memberships);
  const res = await anonymous.post('/api/auth/activate', { body: { token, password: NEW_PASSWORD } });
  expect(res.status, res.text).toBe(200);
  return user as { id: string; username: string; version: number; memberships: Array<{ id: string }> };
}

/** The audit events recorded about one person, oldest first. */
export async function userEvents(db: Db, userId: string) {
  const rows = await db.select().from(auditEvents).where(eq(auditEvents.entityId, userId)).orderBy(auditEvents.id);
  return rows.filter((row) => row.entityType === 'user');
}
