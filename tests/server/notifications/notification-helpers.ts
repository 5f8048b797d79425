import { and, asc, eq, max } from 'drizzle-orm';
import { expect, vi } from 'vitest';
import type { Db } from '#server/db/open-db.js';
import { auditEvents, eventCursors, notifications, users } from '#server/db/schema/index.js';
import { SESSION_COOKIE } from '#server/http/authenticate.js';
import { WORKFLOW_CURSOR } from '#server/modules/notifications/workflow-event-cursor.js';
import type { ApiClient } from '../../support/http-client.js';

/** How long the dispatcher (polled every half second in tests, kicked after each transition) may take. */
const DISPATCH_TIMEOUT_MS = 20_000;

/** Moves a dossier one step through the API, as its person would; fails the test unless it is accepted. */
export async function step(client: ApiClient, dossierId: string, body: Record<string, unknown>) {
  const res = await client.post(`/api/dossiers/${dossierId}/transitions`, { body });
  expect(res.status, res.text).toBe(200);
  return res.json as { version: number; status: string; stepDueOn: string | null };
}

/** The newest audit event's id: what the workflow's next step will be after. */
export async function lastAuditId(db: Db): Promise<number> {
  const [row] = await db.select({ id: max(auditEvents.id) }).from(auditEvents);
  return row?.id ?? 0;
}

/** Waits (polling, never sleeping as an assertion) until the dispatcher's cursor has read past `eventId`. */
async function waitForCursorPast(db: Db, eventId: number): Promise<void> {
  await vi.waitFor(
    async () => {
      const [row] = await db
        .select({ last: eventCursors.lastEventId })
        .from(eventCursors)
        .where(eq(eventCursors.name, WORKFLOW_CURSOR));
      expect(row?.last ?? 0).toBeGreaterThanOrEqual(eventId);
    },
    { timeout: DISPATCH_TIMEOUT_MS, interval: 200 },
  );
}

/** The newest audit event of a dossier with this action: the step just taken. */
export async function eventOf(db: Db, dossierId: string, action: string): Promise<number> {
  const rows = await db
    .select({ id: auditEvents.id })
    .from(auditEvents)
    .where(
      and(eq(auditEvents.entityType, 'dossier'), eq(auditEvents.entityId, dossierId), eq(auditEvents.action, action)),
    )
    .orderBy(asc(auditEvents.id));
  const last = rows.at(-1);
  if (!last) throw new Error(`no ${action} event for dossier ${dossierId}`);
  return last.id;
}

/**
 * The notifications a step's event made, by username, once the dispatcher has read past it: each row's key names
 * its event (event:<auditId>:<kind>), so rows of other steps never mix in.
 */
export async function notificationsOfEvent(db: Db, eventId: number) {
  await waitForCursorPast(db, eventId);
  const rows = await db
    .select({ notification: notifications, username: users.username })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .orderBy(asc(users.username));
  return rows.filter(({ notification }) => notification.dedupeKey.startsWith(`event:${eventId}:`));
}

/** One open event stream, read the way a browser's EventSource would, block by block. */
export interface OpenStream {
  status: number;
  headers: Headers;
  /** The next `unread` event's count; throws after the timeout. */
  nextUnread(timeoutMs?: number): Promise<number>;
  /** Resolves once the server has ended the stream (unread events before the end are skipped). */
  ended(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

const withTimeout = <T>(promise: Promise<T>, ms: number, what: string) =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${what} within ${ms} ms`)), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error instanceof Error ? error : new Error(String(error)))),
    );
  });

/** Opens GET /api/notifications/stream with the client's session against `baseUrl` (default: its own server). */
export async function openStream(
  client: ApiClient,
  baseUrl = client.baseUrl,
  headers: Record<string, string> = {},
): Promise<OpenStream> {
  const controller = new AbortController();
  const res = await fetch(new URL('/api/notifications/stream', baseUrl), {
    headers: { accept: 'text/event-stream', cookie: `${SESSION_COOKIE}=${client.cookie}`, ...headers },
    signal: controller.signal,
  });
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let done = false;
  /** The next block (an event or a comment), or undefined once the stream has ended. */
  const nextBlock = async (): Promise<string | undefined> => {
    for (;;) {
      const at = buffer.indexOf('\n\n');
      if (at >= 0) {
        const block = buffer.slice(0, at);
        buffer = buffer.slice(at + 2);
        return block;
      }
      if (done) return undefined;
      const chunk = await reader.read();
      if (chunk.done) done = true;
      else buffer += decoder.decode(chunk.value, { stream: true });
    }
  };
  return {
    status: res.status,
    headers: res.headers,
    nextUnread: (timeoutMs = DISPATCH_TIMEOUT_MS) =>
      withTimeout(
        (async () => {
          for (let block = await nextBlock(); block !== undefined; block = await nextBlock()) {
            if (!block.startsWith('event: unread\n')) continue;
            expect(block).toMatch(/^event: unread\ndata: \{"unread":\d+\}$/);
            return (JSON.parse(block.slice(block.indexOf('data: ') + 6)) as { unread: number }).unread;
          }
          throw new Error('the stream ended');
        })(),
        timeoutMs,
        'unread event',
      ),
    ended: (timeoutMs = DISPATCH_TIMEOUT_MS) =>
      withTimeout(
        (async () => {
          while ((await nextBlock()) !== undefined);
        })(),
        timeoutMs,
        'end of the stream',
      ),
    close: async () => {
      controller.abort();
      await reader.cancel().catch(() => {});
    },
  };
}
