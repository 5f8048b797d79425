import os from 'node:os';
import type { LoadResult } from './load-run.js';

export interface LoadRow {
  scenario: string;
  clients: number;
  processes: number;
  result: LoadResult;
  /** The bare statement's median, for the lists. */
  sqlP50?: number;
  /** Resident memory of the server process(es) at the end of the run, MB (the largest). */
  rssEnd?: number;
  target: string;
}

const ms = (value: number | undefined) =>
  value === undefined || Number.isNaN(value) ? '-' : value < 10 ? value.toFixed(1) : value.toFixed(0);

const errorsOf = (result: LoadResult) =>
  result.errors === 0
    ? '0'
    : `${result.errors} (${Object.entries(result.errorKinds)
        .map(([kind, n]) => `${kind}×${n}`)
        .join(', ')})`;

/** No answer came back within a short run: every request took longer than the run (not an error). */
const requestsPerSecond = (result: LoadResult) =>
  result.responses === 0 ? '0 (no answer within the run)' : result.requestsPerSecond.toFixed(1);

/** One line of the table, also printed as each run ends. */
export function rowLine(row: LoadRow): string {
  const r = row.result;
  const ratio = row.sqlP50 && r.p50 ? (r.p50 / row.sqlP50).toFixed(1) : '-';
  return (
    `| ${row.scenario} | ${row.clients} | ${row.processes} | ${requestsPerSecond(r)} | ${ms(r.p50)} | ` +
    `${ms(r.p95)} | ${ms(r.p99)} | ${errorsOf(r)} | ${ms(row.sqlP50)} | ${ratio} | ` +
    `${r.loadStart.toFixed(1)} → ${r.loadEnd.toFixed(1)} | ${ms(row.rssEnd)} | ${row.target} |`
  );
}

export const tableHeader = [
  '| scenario | clients | processes | req/s | p50 ms | p95 ms | p99 ms | errors | bare SQL p50 ms | ratio | ' +
    'load avg | RSS MB | target |',
  '|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---|---:|---|',
];

interface ReportInput {
  rows: LoadRow[];
  durationSeconds: number;
  idleRssMb: number | undefined;
  audit: { ok: boolean; output: string } | undefined;
  notes: string[];
}

export function loadReport({ rows, durationSeconds, idleRssMb, audit, notes }: ReportInput): string {
  return [
    '# Load benchmark',
    '',
    `Run ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ` +
      `${process.version}, with \`npm run bench:load\` (${durationSeconds} s a run), over the generated country ` +
      '(10,000 organisations, 50,000 systems, 50,000 dossiers) on PostgreSQL, the API server started as `npm start` ' +
      'starts it, autocannon on loopback. How to run it and what each column means: docs/benchmarks.md.',
    '',
    ...tableHeader,
    ...rows.map(rowLine),
    '',
    `- server memory when idle (RSS, after start-up and log-ins): ${ms(idleRssMb)} MB`,
    `- \`npm run audit:verify\` after the writes: ${
      audit === undefined ? 'not run (no write scenario)' : audit.ok ? 'intact' : 'FAILED'
    }${audit ? ` (${audit.output.split('\n')[0]})` : ''}`,
    ...notes.map((note) => `- ${note}`),
  ].join('\n');
}
