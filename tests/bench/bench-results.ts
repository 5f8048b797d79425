import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';

/** Benchmarks write their markdown tables here; the README quotes them. */
const resultsFolder = fileURLToPath(new URL('./results/', import.meta.url));

/** Written as the formatter writes it (tables aligned), so `npm run format:check` passes after a benchmark run. */
export async function writeResults(name: string, markdown: string) {
  await mkdir(resultsFolder, { recursive: true });
  const file = path.join(resultsFolder, name);
  const options = await resolveConfig(file);
  await writeFile(file, await format(`${markdown}\n`, { ...options, filepath: file }));
}
