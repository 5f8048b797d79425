import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, expect, test, vi } from 'vitest';
import { streamUnreadCount, type UnreadSource } from '#server/modules/notifications/unread-stream.js';

/**
 * The stream's own rules, with short timings and a source of our making (the database-backed source is tested
 * end to end in tests/server/notifications/unread-stream.test.ts): heartbeats, the lifetime, the session
 * rechecked, bursts folded, nothing left subscribed.
 */
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map(
      (server) =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    ),
  );
});

class Source implements UnreadSource {
  count = 0;
  live = true;
  reads = 0;
  listeners = new Set<() => void>();
  /** Resolves each read only when the test lets it, to hold one read open while changes arrive. */
  gate: Promise<void> = Promise.resolve();
  subscribe(listener: () => void) {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }
  async unread() {
    this.reads += 1;
    await this.gate;
    return this.count;
  }
  sessionLive() {
    return Promise.resolve(this.live);
  }
  change() {
    for (const listener of this.listeners) listener();
  }
}

async function serve(source: Source, timing: { heartbeatMs: number; lifetimeMs: number }) {
  const app = express();
  app.get('/stream', (_req, res) => streamUnreadCount(res, source, timing));
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  servers.push(server);
  const { port } = server.address() as AddressInfo;
  const controller = new AbortController();
  const res = await fetch(`http://127.0.0.1:${port}/stream`, { signal: controller.signal });
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  return {
    res,
    /** Everything received until `predicate` holds for it (or the stream ends). */
    async readUntil(predicate: (text: string) => boolean) {
      while (!predicate(text)) {
        const chunk = await reader.read();
        if (chunk.done) break;
        text += decoder.decode(chunk.value, { stream: true });
      }
      return text;
    },
    /** Resolves true once the server ended the stream. */
    async ended() {
      for (;;) {
        const chunk = await reader.read();
        if (chunk.done) return true;
        text += decoder.decode(chunk.value, { stream: true });
      }
    },
    abort: () => controller.abort(),
  };
}

const event = (unread: number) => `event: unread\ndata: {"unread":${unread}}\n\n`;

test('sends the count at once, a comment at every heartbeat, and ends at the end of its lifetime', async () => {
  const source = new Source();
  source.count = 3;
  const client = await serve(source, { heartbeatMs: 40, lifetimeMs: 400 });
  expect(client.res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
  expect(await client.readUntil((text) => text.includes('\n\n'))).toBe(event(3));
  const text = await client.readUntil((received) => received.split(': keep-alive\n\n').length > 3);
  expect(text.startsWith(event(3))).toBe(true);
  expect(await client.ended()).toBe(true);
  expect(source.listeners.size).toBe(0);
});

test('changes that arrive while a count is read are folded into one more read, sent last', async () => {
  const source = new Source();
  const client = await serve(source, { heartbeatMs: 60_000, lifetimeMs: 60_000 });
  await client.readUntil((text) => text === event(0));
  let open!: () => void;
  source.gate = new Promise((resolve) => (open = resolve));
  source.count = 1;
  source.change();
  await vi.waitFor(() => expect(source.reads).toBe(2));
  for (let n = 2; n <= 5; n++) {
    source.count = n;
    source.change();
  }
  open();
  const text = await client.readUntil((received) => received.endsWith(event(5)));
  expect(text).toBe(event(0) + event(5) + event(5));
  expect(source.reads).toBe(3);
  client.abort();
});

test('ends at the first heartbeat or change after the session is gone, and unsubscribes', async () => {
  const source = new Source();
  const client = await serve(source, { heartbeatMs: 30, lifetimeMs: 60_000 });
  await client.readUntil((text) => text === event(0));
  source.live = false;
  expect(await client.ended()).toBe(true);
  expect(source.listeners.size).toBe(0);
});

test('a client that goes away leaves nothing subscribed and nothing ticking', async () => {
  const source = new Source();
  const sessionLive = vi.spyOn(source, 'sessionLive');
  const client = await serve(source, { heartbeatMs: 20, lifetimeMs: 60_000 });
  await client.readUntil((text) => text === event(0));
  client.abort();
  await vi.waitFor(() => expect(source.listeners.size).toBe(0));
  const checks = sessionLive.mock.calls.length;
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(sessionLive.mock.calls.length).toBe(checks);
});
