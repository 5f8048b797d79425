/**
 * Who wants to know that an event was appended: the server's anchor writer (audit-anchor-writer.ts).
 * appendAuditEvent runs inside its caller's transaction and knows no database handle to write an anchor
 * with, so it only says that something changed; the writer reads the committed head later.
 */
const listeners = new Set<() => void>();

export function onAuditAppend(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function announceAuditAppend(): void {
  for (const listener of listeners) listener();
}
