import type { ApiClient } from '../../support/http-client.js';

/** Polls a batch export until it is neither queued nor running (a minute at most); returns it as the API shows it. */
export async function waitUntilFinished(client: ApiClient, id: string) {
  for (let attempt = 0; attempt < 600; attempt++) {
    const res = await client.get(`/api/document-exports/${id}`);
    if (res.json.status !== 'queued' && res.json.status !== 'running') return res.json;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the export did not finish');
}
