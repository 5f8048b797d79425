/**
 * Prints PostgreSQL's plan of the roll-up statement on the benchmark country, to tune it:
 *   DATABASE_URL=postgres://... npx tsx tests/bench/explain-rollup.ts comm1|prov1|root [YYYY-MM-DD] [--sql]
 * (run `npm run bench:rollup` once first to build capdo_bench).
 */
import { sql } from 'drizzle-orm';
import { openDb } from '#server/db/open-db.js';
import { todayInVietnam } from '#server/modules/calendar/load-calendar.js';
import { loadRegimes } from '#server/modules/regimes/load-regimes.js';
import { reportMoment } from '#server/modules/reports/report-moment.js';
import { complianceRollupSql } from '#server/modules/reports/sql/compliance-rollup-sql.js';
import { queryRows } from '#server/modules/reports/sql/rows.js';
import { withDatabase } from '../support/test-database-config.js';
import { BENCH_DATABASE } from './bench-databases.js';
import { uuidOf } from './generate-country.js';

const serverUrl = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (!serverUrl) throw new Error('Set DATABASE_URL or TEST_DATABASE_URL');
const [key = 'comm1', asOf = todayInVietnam()] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const opened = await openDb({ databaseUrl: withDatabase(serverUrl, BENCH_DATABASE), dataDir: '', migrate: false });
try {
  const [root] = await queryRows<{ id: string; path: string }>(
    opened.db,
    sql`select id, path from organisations where id = ${uuidOf(key)}`,
  );
  const statement = complianceRollupSql({
    rootId: root!.id,
    rootPath: root!.path,
    moment: reportMoment(asOf, todayInVietnam()),
    regimes: await loadRegimes(opened.db),
  });
  if (process.argv.includes('--sql')) {
    // The statement with its parameters inlined, to paste into psql.
    const { PgDialect } = await import('drizzle-orm/pg-core');
    const query = new PgDialect().sqlToQuery(statement);
    console.log(
      query.sql.replace(/\$(\d+)/g, (_, n: string) => `'${String(query.params[Number(n) - 1]).replace(/'/g, "''")}'`),
    );
  } else {
    const plan = await queryRows<{ 'QUERY PLAN': string }>(
      opened.db,
      sql`explain (analyze, buffers, costs off) ${statement}`,
    );
    console.log(plan.map((line) => line['QUERY PLAN']).join('\n'));
  }
} finally {
  await opened.close();
}
