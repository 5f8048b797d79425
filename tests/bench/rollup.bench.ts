/**
 * The compliance roll-up over one commune, one province and the whole generated country, on
 * PostgreSQL (DATABASE_URL or TEST_DATABASE_URL) and on PGlite: the bare SQL statement beside the
 * endpoint's service path (scope check, regimes, the statement, shaping and narrative).
 *
 *   npm run bench:rollup                 both databases (PostgreSQL only when a URL is set)
 *   npm run bench:rollup -- --fresh      regenerate the country first
 *   npm run bench:rollup -- --only=postgres|pglite
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { todayInVietnam } from '#server/modules/calendar/load-calendar.js';
import { openPgliteBench, openPostgresBench, type BenchDb } from './bench-databases.js';
import { measureScopes, type ScopeResult } from './measure-rollup.js';

const args = process.argv.slice(2);
const fresh = args.includes('--fresh');
const only = args.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const serverUrl = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;

const ms = (value: number) => (value < 10 ? value.toFixed(1) : value.toFixed(0));
const targets: Record<string, number> = { commune: 20, province: 200, country: 1000 };

function table(results: ScopeResult[]): string {
  const lines = [
    '| database | scope | as of | units | systems | dossiers | bare SQL, median (p95) ms | endpoint, median (p95) ms ' +
      '| endpoint / SQL | target (PostgreSQL) |',
    '|---|---|---|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const r of results) {
    const target = r.historical ? '-' : `< ${targets[r.scope]} ms, ratio < 1.5`;
    lines.push(
      `| ${r.database} | ${r.scope} | ${r.historical ? r.asOf : 'today'} | ${r.units.toLocaleString('en')} | ` +
        `${r.systems.toLocaleString('en')} | ${r.dossiers.toLocaleString('en')} | ` +
        `${ms(r.bare.median)} (${ms(r.bare.p95)}) | ${ms(r.endpoint.median)} (${ms(r.endpoint.p95)}) | ` +
        `${(r.endpoint.median / r.bare.median).toFixed(2)} | ${target} |`,
    );
  }
  return lines.join('\n');
}

async function main() {
  const databases: Array<() => Promise<BenchDb>> = [];
  if (serverUrl && only !== 'pglite') databases.push(() => openPostgresBench(serverUrl, fresh));
  if (only !== 'postgres') databases.push(() => openPgliteBench(fresh));
  const results: ScopeResult[] = [];
  const loadBefore = os.loadavg()[0]!;
  const notes: string[] = [];
  for (const open of databases) {
    const bench = await open();
    try {
      const version = await bench.opened.db.execute(sql`select version() as v`);
      const row = (Array.isArray(version) ? version[0] : (version as { rows: Array<{ v: string }> }).rows[0]) as {
        v: string;
      };
      const generated = bench.generatedIn ? `; country generated in ${bench.generatedIn.toFixed(0)} s` : '';
      notes.push(`- ${bench.label}: ${row.v.split(' on ')[0]}${generated}`);
      results.push(...(await measureScopes(bench.label, bench.opened.db, todayInVietnam())));
    } finally {
      await bench.opened.close();
    }
  }
  const out = [
    '# Compliance roll-up benchmark',
    '',
    `Run ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ` +
      `${process.version}, with \`npm run bench:rollup\`.`,
    'The country (tests/bench/generate-country.ts): 10,000 organisations (34 provinces, 3,300 communes and wards), ' +
      '50,000 systems, 50,000 dossiers, 500,000 events.',
    '"bare SQL" runs the one roll-up statement; "endpoint" is what the route does without HTTP: resolve the ' +
      'organisation in the',
    'caller\'s scope, load the regimes, run the statement, shape the report and write the narrative. "today" reads ' +
      'the records as',
    'they stand; a past date replays the audit trail. Medians (95th percentiles) over repeated warm runs.',
    '',
    table(results),
    '',
    ...notes,
    // The machines are shared: the load says how much of the two cores the run had.
    `- load average (1 min) ${loadBefore.toFixed(1)} at the start, ${os.loadavg()[0]!.toFixed(1)} at the end`,
    '',
  ].join('\n');
  console.log(`\n${out}`);
  const file = fileURLToPath(new URL('./results/rollup.md', import.meta.url));
  writeFileSync(file, out);
  console.log(`written to ${file}`);
}

await main();
