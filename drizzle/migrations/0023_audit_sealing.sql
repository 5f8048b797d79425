-- 0023_audit_sealing: a change appends its audit event without the chain's lock; a background sealer chains the
-- committed events later (server/modules/audit/seal-audit-events.ts, docs/audit-sealing.md). An event waits
-- with no hash, previous hash, MAC or position, and with an entry MAC (HMAC of its content and id under the
-- key) written by the request; the sealer gives it its position in the chain, links and MAC.
ALTER TABLE "audit_events" ALTER COLUMN "hash" DROP NOT NULL;
--> statement-breakpoint
ALTER TABLE "audit_events" ALTER COLUMN "prev_hash" DROP NOT NULL;
--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "seq" bigint;
--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "entry_mac" text;
--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "appended_at" timestamp with time zone DEFAULT now() NOT NULL;
--> statement-breakpoint
-- Every event written so far is already chained: its position is its id (ids were given one by one under the
-- lock, so a gap stays a gap that audit:verify reports), and it was appended when it happened.
UPDATE "audit_events" SET "seq" = "id", "appended_at" = "at" WHERE "hash" IS NOT NULL;
--> statement-breakpoint
CREATE UNIQUE INDEX "audit_events_seq_idx" ON "audit_events" USING btree ("seq");
--> statement-breakpoint
CREATE INDEX "audit_events_unsealed_idx" ON "audit_events" USING btree ("id") WHERE "seq" IS NULL AND "hash" IS NULL;
--> statement-breakpoint
-- Ids were given by the appender (head + 1), never by the column's sequence: from now on the sequence gives
-- them, after the newest.
SELECT setval(pg_get_serial_sequence('audit_events', 'id'), coalesce(max("id"), 0) + 1, false) FROM "audit_events";
