/**
 * Runs the tasks given for one key one after another, within this process. The database lock
 * (login-throttle.ts) is what serialises attempts across processes; this queue only keeps a burst of
 * requests for one account or address from each holding a pool connection while it waits for that lock.
 */
export function perKeyQueue() {
  const tails = new Map<string, Promise<unknown>>();
  return async function inTurn<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = tails.get(key) ?? Promise.resolve();
    const result = previous.then(task);
    // The next task waits for this one to settle, whether it succeeds or fails.
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    tails.set(key, tail);
    try {
      return await result;
    } finally {
      if (tails.get(key) === tail) tails.delete(key);
    }
  };
}
