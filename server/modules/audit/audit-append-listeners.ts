/**
 * Who wants to know that the trail moved. appendAuditEvent runs inside its caller's transaction and knows no
 * database handle, so it only says that an event was appended: the sealer (seal-audit-events.ts) wakes and chains
 * it once committed. The sealer then says that the head moved: the anchor writer (audit-anchor-writer.ts) reads
 * the committed head later.
 */
const appended = new Set<() => void>();
const sealed = new Set<() => void>();

export function onAuditAppend(listener: () => void): () => void {
  appended.add(listener);
  return () => appended.delete(listener);
}

export function announceAuditAppend(): void {
  for (const listener of appended) listener();
}

export function onAuditSealed(listener: () => void): () => void {
  sealed.add(listener);
  return () => sealed.delete(listener);
}

export function announceAuditSealed(): void {
  for (const listener of sealed) listener();
}
