import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { chromium } from 'playwright-core';
import { buildWebIfNeeded } from '#server/build-web-if-needed.js';
import { writeResults } from './bench-results.js';
import { measureFirstPage } from './first-page.js';
import { homeNumbersAfterLogin } from './home-numbers.js';
import { spreadOf, type Spread } from './spread.js';

/**
 * `npm run bench:startup`: how long `npm start` takes until /api/health answers, on a new embedded data
 * directory (with the template `npm install` made, and without it), on a directory started before, and on
 * PostgreSQL; the server process's resident memory once idle; what the login page downloads and when its
 * form shows in a cold browser. Writes tests/bench/results/startup.md. docs/start-up.md explains the steps.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const pgAdminUrl = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const IDLE_MS = 8_000;
/** How many times the same embedded directory is started again (the median is reported). */
const LATER_STARTS = 5;

interface Started {
  child: ChildProcess;
  port: number;
  ms: number;
  log: () => string;
}

async function start(env: Record<string, string>): Promise<Started> {
  // Others may have changed the web app meanwhile: build it here, so that no start below builds it.
  await buildWebIfNeeded(path.join(root, 'web/dist'));
  const port = 20000 + Math.floor(Math.random() * 20000);
  const began = performance.now();
  let output = '';
  // Its own process group, so that stopping it stops npm, tsx and node together.
  const child = spawn('npm', ['start'], {
    cwd: root,
    detached: true,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...env },
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start stopped:\n${output}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (performance.now() - began > 120_000) throw new Error(`no answer after 120 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { child, port, ms: performance.now() - began, log: () => output };
}

async function stop(started: Started) {
  const exited = new Promise((resolve) => started.child.once('exit', resolve));
  process.kill(-started.child.pid!, 'SIGTERM');
  await exited;
}

/** The largest resident set among the started group's processes: the node process that runs the server. */
function serverRssMb(started: Started): number {
  const group = started.child.pid!;
  let largest = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== group) continue; // process group id
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      largest = Math.max(largest, rss ? Number(rss[1]) / 1024 : 0);
    } catch {
      // gone meanwhile
    }
  }
  return Math.round(largest);
}

async function idleRss(started: Started) {
  await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
  return serverRssMb(started);
}

/** How many cold browsers open the login page: one run varies by a third on a 2-core machine. */
const COLD_LOADS = 7;

/** The login form in cold browsers (a new profile each, so nothing cached): the median and the range. */
async function loginFormVisible(port: number) {
  if (!existsSync(CHROMIUM)) return undefined;
  const runs: { ms: number; transferredKb: number }[] = [];
  for (let run = 0; run < COLD_LOADS; run++) runs.push(await loginFormVisibleOnce(port));
  return { ...spreadOf(runs.map((run) => run.ms)), transferredKb: runs[0]!.transferredKb };
}

async function loginFormVisibleOnce(port: number) {
  const profile = mkdtempSync(path.join(tmpdir(), 'capdo-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await context.newPage();
    let bytes = 0;
    page.on('requestfinished', (request) => {
      // A request still running when the browser closes has no sizes: it is not counted.
      request
        .sizes()
        .then((sizes) => (bytes += sizes.responseBodySize))
        .catch(() => undefined);
    });
    const began = performance.now();
    await page.goto(`http://127.0.0.1:${port}/login`);
    await page.locator('input[type="password"]').waitFor({ state: 'visible' });
    const ms = performance.now() - began;
    await page.waitForLoadState('networkidle');
    return { ms, transferredKb: bytes / 1024 };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** A district's reporter (the dashboard) and a commune's IT officer (their unit's counts), demo accounts. */
async function homeNumbersOf(port: number) {
  if (!existsSync(CHROMIUM)) return undefined;
  return {
    dashboard: await homeNumbersAfterLogin(
      CHROMIUM,
      port,
      'yendinh.tonghop',
      '[data-testid="stat-systems"]',
      COLD_LOADS,
    ),
    unit: await homeNumbersAfterLogin(CHROMIUM, port, 'dinhbinh.cntt', '[data-testid="unit-counts"]', COLD_LOADS),
  };
}

const range = (times: Spread) =>
  `${Math.round(times.medianMs)} ms (${Math.round(times.fastestMs)}-${Math.round(times.slowestMs)})`;
const fmt = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const rows: string[] = [];
const work = mkdtempSync(path.join(tmpdir(), 'capdo-bench-startup-'));
try {
  // 1. A new data directory, without a template (what the first start does if the install did not make it).
  const templates = path.join(work, 'templates');
  const noTemplate = await start({ DATA_DIR: path.join(work, 'a'), CAPDO_TEMPLATE_DIR: templates });
  rows.push(
    `| first start, no template (initdb, migrations, demo) | ${fmt(noTemplate.ms)} | ${await idleRss(noTemplate)} MB |`,
  );
  await stop(noTemplate);

  // 2. A new data directory with the template: a fresh clone after `npm install`.
  const first = await start({ DATA_DIR: path.join(work, 'b'), CAPDO_TEMPLATE_DIR: templates });
  rows.push(`| first start, template made (copy, demo) | ${fmt(first.ms)} | ${await idleRss(first)} MB |`);
  await stop(first);

  // 3. The same directory again, several times: one start varies by a fifth or more on a 2-core machine.
  const laterEnv = { DATA_DIR: path.join(work, 'b'), CAPDO_TEMPLATE_DIR: templates };
  const laterMs: number[] = [];
  for (let run = 1; run < LATER_STARTS; run++) {
    const again = await start(laterEnv);
    laterMs.push(again.ms);
    await stop(again);
  }
  const later = await start(laterEnv);
  laterMs.push(later.ms);
  const laterSpread = spreadOf(laterMs);
  rows.push(
    `| later start (PGlite), median of ${LATER_STARTS} | ${fmt(laterSpread.medianMs)} ` +
      `(${fmt(laterSpread.fastestMs)}-${fmt(laterSpread.slowestMs)}) | ${await idleRss(later)} MB |`,
  );
  const browser = await loginFormVisible(later.port);
  const homeNumbers = await homeNumbersOf(later.port);
  await stop(later);

  // 4. PostgreSQL, on a database of its own.
  const admin = postgres(pgAdminUrl, { max: 1, onnotice: () => {} });
  const name = `capdo_startup_${process.pid}`;
  await admin.unsafe(`CREATE DATABASE ${name}`);
  try {
    const url = new URL(pgAdminUrl);
    url.pathname = `/${name}`;
    const env = { DATABASE_URL: url.href, DATA_DIR: path.join(work, 'pg'), SEED_DEMO: 'false' };
    const pgFirst = await start(env);
    rows.push(`| first start (PostgreSQL, migrations) | ${fmt(pgFirst.ms)} | ${await idleRss(pgFirst)} MB |`);
    await stop(pgFirst);
    const pgLater = await start(env);
    rows.push(`| later start (PostgreSQL) | ${fmt(pgLater.ms)} | ${await idleRss(pgLater)} MB |`);
    await stop(pgLater);
  } finally {
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }

  const firstPage = await measureFirstPage();
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  const markdown = [
    '# Start-up, memory and the first page',
    '',
    `\`npm run bench:startup\`, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ` +
      `load average at the end ${loadavg()
        .map((load) => load.toFixed(1))
        .join(' / ')} on ${String(availableParallelism())} cores. Time: from \`npm start\` to the first answer ` +
      `of /api/health; memory: resident set of the server process after ${IDLE_MS / 1000} s idle.`,
    '',
    '| start | until listening | idle memory |',
    '|---|---|---|',
    ...rows,
    '',
    `First page (/login): ${kb(firstPage.totalGzipBytes)} of gzipped JS and CSS in ${firstPage.files.length} files ` +
      `(largest ${firstPage.largest.file}, ${kb(firstPage.largest.gzipBytes)}), then ` +
      `${kb(firstPage.afterGzipBytes)} in ${firstPage.after.length} files once the form shows.` +
      (browser
        ? ` In a cold Chromium the login form is visible ${Math.round(browser.medianMs)} ms after navigation starts ` +
          `(median of ${COLD_LOADS} new browsers, ` +
          `${Math.round(browser.fastestMs)}-${Math.round(browser.slowestMs)} ms; ` +
          `${browser.transferredKb.toFixed(0)} KB transferred).`
        : ' Chromium not found: the login form was not timed.'),
    ...(homeNumbers
      ? [
          '',
          `The home page's numbers after the login (from pressing "Đăng nhập" to the first frame that shows them, ` +
            `a new browser each time, median of ${COLD_LOADS}): the district reporter's dashboard ` +
            `${range(homeNumbers.dashboard)}, a commune officer's counts ${range(homeNumbers.unit)}.`,
        ]
      : []),
  ].join('\n');
  await writeResults('startup.md', markdown);
  console.log(markdown);
} finally {
  rmSync(work, { recursive: true, force: true });
}
