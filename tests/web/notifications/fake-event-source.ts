// The browser's EventSource, which happy-dom does not have: the one API boundary the live bell needs. What the
// server would send is handed to the page's listeners as the browser would (an `open`, then named events).
import { act } from '@testing-library/react';
import { vi } from 'vitest';

type Listener = (event: Event) => void;

class FakeEventSource {
  readonly url: string;
  closed = false;
  private readonly listeners = new Map<string, Set<Listener>>();

  constructor(url: string | URL) {
    this.url = String(url);
    opened.push(this);
  }

  addEventListener(type: string, listener: Listener) {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set());
    this.listeners.get(type)!.add(listener);
  }

  removeEventListener(type: string, listener: Listener) {
    this.listeners.get(type)?.delete(listener);
  }

  close() {
    this.closed = true;
  }

  private dispatch(event: Event) {
    if (this.closed) throw new Error('an event reached a closed EventSource');
    act(() => {
      for (const listener of this.listeners.get(event.type) ?? []) listener(event);
    });
  }

  /** The connection (re)opened: the browser fires `open` before the first event. */
  connect() {
    this.dispatch(new Event('open'));
  }

  /** `event: unread` with `data: {"unread": n}`, as the server writes it. */
  sendUnread(unread: number) {
    this.dispatch(new MessageEvent('unread', { data: JSON.stringify({ unread }) }));
  }
}

let opened: FakeEventSource[] = [];

/** Puts the fake in place of window.EventSource for this test; returns the sources the page opened. */
export function stubEventSource(): FakeEventSource[] {
  opened = [];
  vi.stubGlobal('EventSource', FakeEventSource);
  return opened;
}
