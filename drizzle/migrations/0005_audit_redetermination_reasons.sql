ALTER TABLE "audit_events" ADD COLUMN "redetermination_reasons" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
CREATE INDEX "audit_events_system_redetermination_idx" ON "audit_events" USING btree ("entity_id","at") WHERE "audit_events"."entity_type" = 'system' and cardinality("audit_events"."redetermination_reasons") > 0;--> statement-breakpoint
-- Events written before this column carried the reasons in their comment ("redetermination: users, operator").
-- The copy leaves their hashes as they were: the hash skips reasons that read exactly as the comment
-- (eventHash in server/modules/audit/append-audit-event.ts).
UPDATE "audit_events"
SET "redetermination_reasons" = string_to_array(substring("comment" from '^redetermination: (.+)$'), ', ')
WHERE "entity_type" = 'system' AND "action" = 'update' AND "comment" LIKE 'redetermination: _%';
