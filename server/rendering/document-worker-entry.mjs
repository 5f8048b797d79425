// The document pool's worker when the server runs from its TypeScript sources (tsx, vitest): a worker thread
// starts a fresh module loader, so tsx is registered here before the TypeScript worker is imported.
// A server compiled to JavaScript starts document-worker.js directly (document-pool.ts).
import { register } from 'tsx/esm/api';

register();
const { default: documentWorker } = await import('./document-worker.ts');

export default documentWorker;
