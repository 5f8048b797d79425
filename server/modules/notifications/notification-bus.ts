import { sql } from 'drizzle-orm';
import type { OpenedDb, Tx } from '../../db/open-db.js';

/** The PostgreSQL channel on which a process says "this person's notifications changed". */
const CHANNEL = 'capdo_notifications';

type Listener = () => void;

/**
 * Tells every server process on the database that a person's notifications changed, so the bells and
 * inboxes open in browsers connected to any of them update (server-sent events). PostgreSQL's
 * LISTEN/NOTIFY carries it: a notification sent inside a transaction goes out at its commit, and not at
 * all if it rolls back. On PostgreSQL each process keeps one connection listening (postgres.js listens
 * again by itself after a reconnection); on PGlite the one in-process client delivers to itself.
 */
export interface NotificationBus {
  /** Calls `listener` whenever the person's notifications change; returns the unsubscribe. */
  subscribe(userId: string, listener: Listener): () => void;
  stop(): Promise<void>;
}

/** Within the transaction that changed them: the people whose notifications changed, told at commit. */
export async function announceNotifications(tx: Tx, userIds: Iterable<string>): Promise<void> {
  for (const userId of new Set(userIds)) await tx.execute(sql`select pg_notify(${CHANNEL}, ${userId})`);
}

export async function startNotificationBus(connection: OpenedDb['connection']): Promise<NotificationBus> {
  const listeners = new Map<string, Set<Listener>>();
  const deliver = (payload: string) => {
    for (const listener of listeners.get(payload) ?? []) listener();
  };
  let stopListening: () => Promise<void>;
  if (connection.kind === 'pglite') {
    const unlisten = await connection.client.listen(CHANNEL, deliver);
    stopListening = () => unlisten();
  } else {
    const { default: postgres } = await import('postgres');
    const client = postgres(connection.url, {
      max: 1,
      onnotice: () => {},
      connection: { application_name: 'capdo-events' },
    });
    await client.listen(CHANNEL, deliver);
    stopListening = () => client.end({ timeout: 5 });
  }
  return {
    subscribe(userId, listener) {
      const set = listeners.get(userId) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(userId, set);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(userId);
      };
    },
    stop: () => stopListening(),
  };
}
