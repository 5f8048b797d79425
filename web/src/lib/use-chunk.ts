import { useEffect, useReducer } from 'react';

interface Chunk {
  promise: Promise<void>;
  module?: unknown;
  error?: Error;
}

/** One entry per loader, for the page's lifetime: a chunk once loaded is drawn at once on every later visit. */
const chunks = new Map<() => Promise<unknown>, Chunk>();

function chunkOf(load: () => Promise<unknown>): Chunk {
  let chunk = chunks.get(load);
  if (!chunk) {
    const entry: Chunk = { promise: Promise.resolve() };
    entry.promise = load().then(
      (module) => void (entry.module = module),
      (error: unknown) => void (entry.error = error instanceof Error ? error : new Error(String(error))),
    );
    chunks.set(load, entry);
    chunk = entry;
  }
  return chunk;
}

/**
 * A chunk loaded on demand without React.lazy: undefined until it has loaded (the caller draws its placeholder),
 * then the module. React holds back what a Suspense boundary reveals for up to 300 ms after it last showed a
 * fallback; on the home page that held the dashboard's numbers back by a third of a second after their data had come.
 * A chunk that fails to load throws, to the route's error screen, which offers to reload the page (a failure is
 * kept until then, as React.lazy keeps it).
 */
export function useChunk<T>(load: () => Promise<T>): T | undefined {
  const chunk = chunkOf(load);
  const [, loaded] = useReducer((count: number) => count + 1, 0);
  useEffect(() => {
    if (chunk.module === undefined && chunk.error === undefined) void chunk.promise.then(loaded);
  }, [chunk]);
  if (chunk.error !== undefined) throw chunk.error;
  return chunk.module as T | undefined;
}
