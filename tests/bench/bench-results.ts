import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Benchmarks write their markdown tables here; the README quotes them. */
const resultsFolder = fileURLToPath(new URL('./results/', import.meta.url));

export async function writeResults(name: string, markdown: string) {
  await mkdir(resultsFolder, { recursive: true });
  await writeFile(path.join(resultsFolder, name), `${markdown}\n`);
}
