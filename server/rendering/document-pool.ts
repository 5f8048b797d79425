import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { z } from 'zod';
import type { DocumentTask } from './document-task.js';

/**
 * One pool of worker threads per process for the CPU-bound document work (document-task.ts), so a burst of
 * downloads never holds the event loop (docs/document-pool.md). Created at the first task, not at start-up:
 * a process that renders nothing starts no thread. Threads close after DOCUMENT_WORKER_IDLE_SECONDS without
 * work, so an idle server returns to its idle memory (each thread holds the fonts, pdfkit, docx, exceljs).
 */
const settingsSchema = z.object({
  /**
   * Threads at most. Default: one core left to the event loop, at most 2 (each thread costs memory): 1 on a
   * 2-core machine, where two rendering threads would take both cores from the requests they must not hold up.
   */
  DOCUMENT_WORKERS: z.coerce.number().int().min(1).max(64).optional(),
  DOCUMENT_WORKER_IDLE_SECONDS: z.coerce.number().min(1).max(86_400).default(60),
});

export function documentPoolSize(env: NodeJS.ProcessEnv = process.env): number {
  return settingsSchema.parse(env).DOCUMENT_WORKERS ?? Math.max(1, Math.min(2, availableParallelism() - 1));
}

/**
 * The worker as this process can load it: compiled, document-worker.js beside this file; from the sources
 * (tsx, vitest), an .mjs entry that registers tsx in the new thread first, since a worker thread does not
 * inherit vitest's module runner (document-worker-entry.mjs).
 */
function workerFile(): string {
  const compiled = import.meta.url.endsWith('.js');
  return new URL(compiled ? './document-worker.js' : './document-worker-entry.mjs', import.meta.url).href;
}

let pool: Piscina<DocumentTask, Uint8Array> | null = null;
const counts = { pdf: 0, docx: 0, zip: 0, xlsx: 0 } satisfies Record<DocumentTask['kind'], number>;

function documentPool(): Piscina<DocumentTask, Uint8Array> {
  if (!pool) {
    const settings = settingsSchema.parse(process.env);
    pool = new Piscina<DocumentTask, Uint8Array>({
      filename: workerFile(),
      minThreads: 0,
      maxThreads: documentPoolSize(),
      idleTimeout: settings.DOCUMENT_WORKER_IDLE_SECONDS * 1000,
    });
  }
  return pool;
}

/** Runs a task on a thread of the pool; the bytes come back transferred, as a Buffer over them. */
export async function runInPool(task: DocumentTask): Promise<Buffer> {
  counts[task.kind]++;
  const bytes = await documentPool().run(task);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** How many tasks of each kind this process sent to the pool (tests count renders with it). */
export const documentTaskCounts = (): Readonly<typeof counts> => ({ ...counts });

/** Ends the threads (a graceful shutdown); the next task starts a new pool. */
export async function closeDocumentPool(): Promise<void> {
  const closing = pool;
  pool = null;
  await closing?.close();
}
