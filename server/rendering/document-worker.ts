import { move } from 'piscina';
import { runDocumentTask, type DocumentTask } from './document-task.js';

/**
 * A thread of the document pool (document-pool.ts). Its modules, and so the parsed Tinos faces and the
 * shared shaped runs of pdf/fonts.ts, live as long as the thread: the first PDF a thread renders parses the
 * fonts, the next reuse them. The bytes go back transferred, not copied.
 */
export default async function documentWorker(task: DocumentTask): Promise<unknown> {
  const bytes = await runDocumentTask(task);
  // A small Buffer may be a view on Node's shared allocation pool: transferring that would detach the pool.
  const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
  return move(own);
}
