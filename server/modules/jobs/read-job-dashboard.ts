import { sql } from 'drizzle-orm';
import type { FailedJob, JobQueueState } from '#shared/jobs/jobs.schemas.js';
import type { Db } from '../../db/open-db.js';
import { queryRows } from '../reports/sql/rows.js';

/** The failed jobs shown, newest first. */
const MAX_FAILED = 100;

/** A timestamp as ISO 8601 in UTC, the same text whichever driver reads it. */
const iso = (column: string) => sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

/**
 * The reason a job failed, from what pg-boss stored in `output`: a handler's error as { name, message,
 * stack }, its own reasons as { value: { message } } (an expiry) or { value: "…" } (a shutdown).
 */
const reason = sql.raw(`coalesce(
  output->>'message',
  output #>> '{value,message}',
  case when jsonb_typeof(output->'value') = 'string' then output->>'value' end,
  ''
)`);

/**
 * Each queue of this deployment (pg-boss's own, named __pgboss__…, left out) with its jobs in pgboss.job by
 * state. Completed jobs move to pgboss.archive after 12 hours and failed ones after a week
 * (server/jobs/job-runtime.ts), so these are the recent ones.
 */
export function readQueueStates(db: Db): Promise<JobQueueState[]> {
  return queryRows<JobQueueState>(
    db,
    sql`select q.name,
          count(j.id) filter (where j.state in ('created', 'retry'))::int as queued,
          count(j.id) filter (where j.state = 'active')::int as active,
          count(j.id) filter (where j.state = 'completed')::int as completed,
          count(j.id) filter (where j.state = 'failed')::int as failed
        from pgboss.queue q
        left join pgboss.job j on j.name = q.name
        where not starts_with(q.name, '__pgboss__')
        group by q.name
        order by q.name`,
  );
}

/** The jobs that failed for good, newest first, from pgboss.job and from its archive (kept 7 days more). */
export function readFailedJobs(db: Db): Promise<FailedJob[]> {
  const failedIn = (table: string) =>
    sql`select id::text as id, name as queue, ${reason} as reason, retry_count::int as retries,
          created_on, completed_on
        from ${sql.raw(table)}
        where state = 'failed' and not starts_with(name, '__pgboss__')`;
  return queryRows<FailedJob>(
    db,
    sql`select id, queue, reason, retries, ${iso('created_on')} as "createdAt", ${iso('completed_on')} as "failedAt"
        from (${failedIn('pgboss.job')} union all ${failedIn('pgboss.archive')}) failed
        order by completed_on desc nulls last, created_on desc
        limit ${MAX_FAILED}`,
  );
}
