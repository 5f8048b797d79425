import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { openDb } from '#server/db/open-db.js';
import { seedDemo } from '../../drizzle/seed/seed-demo.js';
import { sealPendingAuditEvents } from '#server/modules/audit/seal-audit-events.js';
import { installJobQueues } from './install-job-queues.js';
import { quoteIdent, withDatabase } from './test-database-config.js';
import { isProcessAlive } from '#server/process-alive.js';

/**
 * One migrated, demo-seeded template database, with the job queues' tables, per run (capdo_tpl_<pid>); every test file
 * clones it with CREATE DATABASE ... TEMPLATE (capdo_t_<pid>_<random>) and drops its clone.
 */
export default async function setup(project: TestProject) {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const runId = String(process.pid);
  const templateName = `capdo_tpl_${runId}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });

  const dropOwn = async () => {
    const own = await admin<{ datname: string }[]>`
      select datname from pg_database where datname like ${`capdo_t_${runId}_%`} or datname = ${templateName}`;
    for (const { datname } of own) await admin.unsafe(`drop database if exists ${quoteIdent(datname)} with (force)`);
  };

  try {
    // Databases left behind by runs that were killed (their pid is gone) are dropped first.
    const leftovers = await admin<{ datname: string }[]>`
      select datname from pg_database where datname ~ '^capdo_(tpl|t)_[0-9]+'`;
    for (const { datname } of leftovers) {
      const pid = Number(/^capdo_(?:tpl|t)_([0-9]+)/.exec(datname)?.[1]);
      if (!isProcessAlive(pid) || String(pid) === runId)
        await admin.unsafe(`drop database if exists ${quoteIdent(datname)} with (force)`);
    }

    await admin.unsafe(`create database ${quoteIdent(templateName)}`);
    const opened = await openDb({ databaseUrl: withDatabase(adminUrl, templateName), dataDir: '' });
    const { db, close } = opened;
    try {
      await seedDemo(db);
      // As a server's first start does: the demo's audit events chained, so tests start from a sealed trail.
      await sealPendingAuditEvents(db);
      await installJobQueues(opened);
    } finally {
      await close();
    }
  } catch (error) {
    // Leave nothing behind (and no open connection that would keep vitest from exiting).
    await dropOwn().catch(() => {});
    await admin.end({ timeout: 5 });
    throw error;
  }
  project.provide('testDatabase', { kind: 'postgres', adminUrl, templateName, runId });

  return async () => {
    await dropOwn();
    await admin.end({ timeout: 5 });
  };
}
