import { afterAll, beforeAll } from 'vitest';
import { loadDemo, type Demo } from './demo.js';
import { setupTestApp, type TestApp } from './test-app.js';

/**
 * The app on its own copy of the demo database for one test file: opened before the file's tests,
 * closed after them. `ready` receives both once they exist.
 */
export function useDemoApp(ready: (app: TestApp, demo: Demo) => void): void {
  let app: TestApp | undefined;
  beforeAll(async () => {
    app = await setupTestApp();
    ready(app, await loadDemo(app.db));
  });
  afterAll(() => app?.close());
}
