import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDb } from '#server/db/open-db.js';
import { seedDemo } from '../../drizzle/seed/seed-demo.js';
import { sealPendingAuditEvents } from '#server/modules/audit/seal-audit-events.js';
import { installJobQueues } from './install-job-queues.js';
import './test-database-config.js';

/**
 * A fresh PGlite costs 6-8 s (initdb), copying a directory ~0.2 s: build one migrated,
 * demo-seeded data directory, with the job queues' tables, per run and let every test file copy it.
 */
export default async function setup(project: TestProject) {
  const root = mkdtempSync(path.join(tmpdir(), 'capdo-pglite-tpl-'));
  const templateDir = path.join(root, 'data');
  try {
    const opened = await openDb({ dataDir: templateDir });
    const { db, close } = opened;
    try {
      await seedDemo(db);
      // As a server's first start does: the demo's audit events chained, so tests start from a sealed trail.
      await sealPendingAuditEvents(db);
      await installJobQueues(opened);
    } finally {
      await close(); // releases capdo.lock, so copies start unlocked
    }
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
  project.provide('testDatabase', { kind: 'pglite', templateDir });
  return () => rmSync(root, { recursive: true, force: true });
}
