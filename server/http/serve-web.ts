import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';

/** Serves the built SPA; any non-API path falls back to index.html so deep links work. */
export function serveWeb(app: Express, distDir: string) {
  const indexHtml = path.join(distDir, 'index.html');
  if (!existsSync(indexHtml)) return false;
  app.use(express.static(distDir, { index: false, maxAge: '1h', setHeaders: noCacheForHtml }));
  app.get('/{*splat}', (_req, res) => {
    res.set('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
  return true;
}

function noCacheForHtml(res: express.Response, file: string) {
  if (file.endsWith('.html')) res.set('Cache-Control', 'no-cache');
  else if (file.includes(`${path.sep}assets${path.sep}`))
    res.set('Cache-Control', 'public, max-age=31536000, immutable');
}
