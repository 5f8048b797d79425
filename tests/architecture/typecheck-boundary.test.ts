import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, expect, test } from 'vitest';

/**
 * The type-check enforces the direction of dependencies: shared/ is a composite project, so a
 * file of it importing server code fails with TS6307 ("not listed within the file list of
 * project"). Proved with shared's own tsconfig and a probe file, next to the same config without it.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const scratch = mkdtempSync(path.join(tmpdir(), 'capdo-tsc-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function writeProject(name: string, extraFiles: string[]) {
  const file = path.join(scratch, `${name}.tsconfig.json`);
  writeFileSync(
    file,
    JSON.stringify({
      extends: path.join(repoRoot, 'shared/tsconfig.json'),
      compilerOptions: { rootDir: '/', noEmit: true, tsBuildInfoFile: path.join(scratch, `${name}.tsbuildinfo`) },
      include: [path.join(repoRoot, 'shared/**/*.ts'), ...extraFiles],
    }),
  );
  return file;
}

async function typeCheck(project: string) {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [tsc, '-p', project, '--pretty', 'false'], {
      cwd: repoRoot,
    });
    return { ok: true, output: stdout };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${stdout}${stderr}` };
  }
}

test('shared/ importing server code fails the type-check with TS6307; without that import it passes', async () => {
  const probe = path.join(scratch, 'probe.ts');
  const serverEnv = path.relative(scratch, path.join(repoRoot, 'server/env.js')).split(path.sep).join('/');
  writeFileSync(probe, `import { parseEnv } from '${serverEnv}';\nexport const probe = parseEnv;\n`);

  const [withProbe, clean] = await Promise.all([
    typeCheck(writeProject('probe', [probe])),
    typeCheck(writeProject('clean', [])),
  ]);
  expect(withProbe.ok).toBe(false);
  expect(withProbe.output).toContain('error TS6307');
  expect(withProbe.output).toMatch(/server\/env\.ts' is not listed within the file list of project/);
  expect(clean, clean.output).toEqual({ ok: true, output: '' });
}, 60_000);
