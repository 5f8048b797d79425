import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const watched = [path.join(root, 'web'), path.join(root, 'shared')];

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** `npm start` builds the web app once, and again only when its sources are newer than the build. */
export async function buildWebIfNeeded(distDir: string): Promise<void> {
  const indexHtml = path.join(distDir, 'index.html');
  const builtAt = existsSync(indexHtml) ? statSync(indexHtml).mtimeMs : 0;
  if (builtAt > Math.max(...watched.map(newestSource))) return;
  console.log('Đang build giao diện web (lần đầu mất khoảng một phút)... / Building the web app...');
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'web/vite.config.ts'), logLevel: 'warn' });
}
