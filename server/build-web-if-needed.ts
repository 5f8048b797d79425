import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { newestSource } from './newest-source.mjs';
import { projectRoot as root } from './project-root.js';

const watched = [path.join(root, 'web'), path.join(root, 'shared')];

/** `npm start` builds the web app once, and again only when its sources are newer than the build. */
export async function buildWebIfNeeded(distDir: string): Promise<void> {
  const indexHtml = path.join(distDir, 'index.html');
  const builtAt = existsSync(indexHtml) ? statSync(indexHtml).mtimeMs : 0;
  if (builtAt > Math.max(...watched.map(newestSource))) return;
  console.log('Đang build giao diện web (lần đầu mất khoảng một phút)... / Building the web app...');
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'web/vite.config.ts'), logLevel: 'warn' });
}
