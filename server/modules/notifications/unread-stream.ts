import type { Response } from 'express';

/** What one stream needs of the server: the person's changes, their count, and whether their session stands. */
export interface UnreadSource {
  /** Calls `listener` whenever the person's notifications change; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  unread(): Promise<number>;
  sessionLive(): Promise<boolean>;
}

export interface StreamTiming {
  /** A comment line this often keeps proxies from closing an idle connection, and rechecks the session. */
  heartbeatMs: number;
  /** The stream ends after this long; the browser's EventSource opens a new one, which checks the session afresh. */
  lifetimeMs: number;
}

const streamTiming: StreamTiming = { heartbeatMs: 25_000, lifetimeMs: 10 * 60_000 };

/**
 * Answers with server-sent events: `event: unread` carrying `{"unread": n}` at once and after every change of the
 * person's notifications, until the client goes, the session ends (checked at every event and heartbeat) or the
 * stream's lifetime is up. Changes that arrive while a count is being read are folded into one more read, so a
 * burst costs two queries, not one per change.
 */
export function streamUnreadCount(res: Response, source: UnreadSource, timing: StreamTiming = streamTiming): void {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    // no-transform: the compression middleware (and any proxy) leaves the stream alone instead of buffering it.
    'Cache-Control': 'no-store, no-transform',
    // nginx would otherwise hold the events back in its buffer.
    'X-Accel-Buffering': 'no',
  });
  res.flushHeaders();

  let ended = false;
  let reading = false;
  let changedMeanwhile = false;
  const stop = () => {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    clearTimeout(lifetime);
    unsubscribe();
  };
  const end = () => {
    stop();
    res.end();
  };
  const fail = (error: unknown) => {
    console.warn('[capdo] notifications: stream ended:', error instanceof Error ? error.message : error);
    end();
  };

  const sendCount = async () => {
    if (ended) return;
    if (reading) {
      changedMeanwhile = true;
      return;
    }
    reading = true;
    try {
      do {
        changedMeanwhile = false;
        if (!(await source.sessionLive())) return end();
        const unread = await source.unread();
        if (!ended) res.write(`event: unread\ndata: ${JSON.stringify({ unread })}\n\n`);
      } while (changedMeanwhile && !ended);
    } finally {
      reading = false;
    }
  };
  const beat = async () => {
    if (!(await source.sessionLive())) return end();
    if (!ended) res.write(': keep-alive\n\n');
  };

  const unsubscribe = source.subscribe(() => void sendCount().catch(fail));
  const heartbeat = setInterval(() => void beat().catch(fail), timing.heartbeatMs);
  const lifetime = setTimeout(end, timing.lifetimeMs);
  res.on('close', stop);
  void sendCount().catch(fail);
}
