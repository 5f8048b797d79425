-- 0022_report_cache: the change counter the report cache is keyed by (server/modules/reports/cache/,
-- docs/report-cache.md). Every statement that changes what the compliance roll-up or the dashboard reads
-- inserts one row into report_changes; the counter is report_change_total.n plus the rows visible. Rows
-- are inserted, never updated, and the table has no index: writers never wait on one another for it (no
-- hot row, no lock held to commit), and a row becomes visible only when its change commits, so a reader
-- never sees the counter move before the data does (a sequence would: nextval is not transactional).
CREATE TABLE "report_changes" (
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
-- Rows folded in by the compaction (one DELETE ... RETURNING and this UPDATE in one transaction, so the
-- counter's value is the same in every snapshot before and after it). Only compactions write this row.
CREATE TABLE "report_change_total" (
	"id" integer PRIMARY KEY NOT NULL,
	"n" bigint NOT NULL,
	CONSTRAINT "report_change_total_single_row" CHECK ("report_change_total"."id" = 1)
);
--> statement-breakpoint
INSERT INTO "report_change_total" ("id", "n") VALUES (1, 0);
--> statement-breakpoint
-- The old and new rows are compared with EXCEPT (hashed or sorted), never joined: the transition tables have no
-- index or statistics, so a join ran as a nested loop, quadratic in the rows a bulk update touches.
-- Any row inserted, updated or deleted by the statement counts (tables whose every column a report may read).
CREATE FUNCTION report_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    INSERT INTO report_changes DEFAULT VALUES;
  ELSIF TG_OP = 'DELETE' THEN
    IF EXISTS (SELECT 1 FROM old_rows) THEN INSERT INTO report_changes DEFAULT VALUES; END IF;
  ELSIF EXISTS (SELECT 1 FROM new_rows) THEN
    INSERT INTO report_changes DEFAULT VALUES;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Systems: an edit counts when it changes a column the reports read (a description or a user count does not).
CREATE FUNCTION report_systems_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (
    SELECT id, name, owner_organisation_id, operator_organisation_id, status, approved_level, approval_decision_number, approval_decision_date, approval_regime, redetermination_reasons FROM new_rows
    EXCEPT SELECT id, name, owner_organisation_id, operator_organisation_id, status, approved_level, approval_decision_number, approval_decision_date, approval_regime, redetermination_reasons FROM old_rows
  ) THEN
    INSERT INTO report_changes DEFAULT VALUES;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Dossiers: a transition or an edit of what the reports read counts; an autosave of the content does not.
CREATE FUNCTION report_dossiers_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (
    SELECT id, title, regime, operator_organisation_id, status, proposed_level, step_started_on, step_due_on, approval_decision_number, approval_decision_date, created_at FROM new_rows
    EXCEPT SELECT id, title, regime, operator_organisation_id, status, proposed_level, step_started_on, step_due_on, approval_decision_number, approval_decision_date, created_at FROM old_rows
  ) THEN
    INSERT INTO report_changes DEFAULT VALUES;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- The systems of a dossier matter to the cached reports only through its approval (the history replay):
-- rewriting them on a dossier still being prepared (every save of the level answers) does not count.
CREATE FUNCTION report_dossier_systems_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    INSERT INTO report_changes DEFAULT VALUES;
  ELSIF TG_OP = 'DELETE' THEN
    IF EXISTS (
      SELECT 1 FROM old_rows r LEFT JOIN dossiers d ON d.id = r.dossier_id
      WHERE d.status IS NULL OR d.status NOT IN ('drafting', 'opinionRequested', 'returned')
    ) THEN
      INSERT INTO report_changes DEFAULT VALUES;
    END IF;
  ELSIF EXISTS (
    SELECT 1 FROM new_rows r LEFT JOIN dossiers d ON d.id = r.dossier_id
    WHERE d.status IS NULL OR d.status NOT IN ('drafting', 'opinionRequested', 'returned')
  ) THEN
    INSERT INTO report_changes DEFAULT VALUES;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Audit events: the history replay reads dossiers' status events and systems' re-determination events;
-- sealing an event into the chain (its hash, position and MAC) changes nothing a report reads.
CREATE FUNCTION report_audit_events_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    INSERT INTO report_changes DEFAULT VALUES;
  ELSIF TG_OP = 'INSERT' THEN
    IF EXISTS (
      SELECT 1 FROM new_rows
      WHERE (entity_type = 'dossier' AND after ? 'status')
         OR (entity_type = 'system' AND cardinality(redetermination_reasons) > 0)
    ) THEN
      INSERT INTO report_changes DEFAULT VALUES;
    END IF;
  ELSIF TG_OP = 'DELETE' THEN
    IF EXISTS (SELECT 1 FROM old_rows) THEN INSERT INTO report_changes DEFAULT VALUES; END IF;
  ELSIF EXISTS (
    SELECT 1 FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (n.at, n.entity_type, n.entity_id, n.after, n.redetermination_reasons)
          IS DISTINCT FROM (o.at, o.entity_type, o.entity_id, o.after, o.redetermination_reasons)
  ) THEN
    INSERT INTO report_changes DEFAULT VALUES;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "report_organisations_insert" AFTER INSERT ON "organisations" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_rows_changed();
--> statement-breakpoint
CREATE TRIGGER "report_organisations_update" AFTER UPDATE ON "organisations" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_rows_changed();
--> statement-breakpoint
CREATE TRIGGER "report_organisations_delete" AFTER DELETE ON "organisations" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_rows_changed();
--> statement-breakpoint
CREATE TRIGGER "report_organisations_truncate" AFTER TRUNCATE ON "organisations" FOR EACH STATEMENT EXECUTE FUNCTION report_rows_changed();
--> statement-breakpoint
CREATE TRIGGER "report_systems_insert" AFTER INSERT ON "information_systems" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_rows_changed();
--> statement-breakpoint
CREATE TRIGGER "report_systems_update" AFTER UPDATE ON "information_systems" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_systems_updated();
--> statement-breakpoint
CREATE TRIGGER "report_systems_delete" AFTER DELETE ON "information_systems" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_rows_changed();
--> statement-breakpoint
CREATE TRIGGER "report_systems_truncate" AFTER TRUNCATE ON "information_systems" FOR EACH STATEMENT EXECUTE FUNCTION report_rows_changed();
--> statement-breakpoint
CREATE TRIGGER "report_dossiers_insert" AFTER INSERT ON "dossiers" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_rows_changed();
--> statement-breakpoint
CREATE TRIGGER "report_dossiers_update" AFTER UPDATE ON "dossiers" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_dossiers_updated();
--> statement-breakpoint
CREATE TRIGGER "report_dossiers_delete" AFTER DELETE ON "dossiers" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_rows_changed();
--> statement-breakpoint
CREATE TRIGGER "report_dossiers_truncate" AFTER TRUNCATE ON "dossiers" FOR EACH STATEMENT EXECUTE FUNCTION report_rows_changed();
--> statement-breakpoint
CREATE TRIGGER "report_dossier_systems_insert" AFTER INSERT ON "dossier_systems" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_dossier_systems_changed();
--> statement-breakpoint
CREATE TRIGGER "report_dossier_systems_update" AFTER UPDATE ON "dossier_systems" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_dossier_systems_changed();
--> statement-breakpoint
CREATE TRIGGER "report_dossier_systems_delete" AFTER DELETE ON "dossier_systems" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_dossier_systems_changed();
--> statement-breakpoint
CREATE TRIGGER "report_dossier_systems_truncate" AFTER TRUNCATE ON "dossier_systems" FOR EACH STATEMENT EXECUTE FUNCTION report_dossier_systems_changed();
--> statement-breakpoint
CREATE TRIGGER "report_holidays_insert" AFTER INSERT ON "holidays" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_rows_changed();
--> statement-breakpoint
CREATE TRIGGER "report_holidays_update" AFTER UPDATE ON "holidays" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_rows_changed();
--> statement-breakpoint
CREATE TRIGGER "report_holidays_delete" AFTER DELETE ON "holidays" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_rows_changed();
--> statement-breakpoint
CREATE TRIGGER "report_holidays_truncate" AFTER TRUNCATE ON "holidays" FOR EACH STATEMENT EXECUTE FUNCTION report_rows_changed();
--> statement-breakpoint
CREATE TRIGGER "report_regimes_insert" AFTER INSERT ON "regime_settings" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_rows_changed();
--> statement-breakpoint
CREATE TRIGGER "report_regimes_update" AFTER UPDATE ON "regime_settings" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_rows_changed();
--> statement-breakpoint
CREATE TRIGGER "report_regimes_delete" AFTER DELETE ON "regime_settings" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_rows_changed();
--> statement-breakpoint
CREATE TRIGGER "report_regimes_truncate" AFTER TRUNCATE ON "regime_settings" FOR EACH STATEMENT EXECUTE FUNCTION report_rows_changed();
--> statement-breakpoint
CREATE TRIGGER "report_audit_events_insert" AFTER INSERT ON "audit_events" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_audit_events_changed();
--> statement-breakpoint
CREATE TRIGGER "report_audit_events_update" AFTER UPDATE ON "audit_events" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_audit_events_changed();
--> statement-breakpoint
CREATE TRIGGER "report_audit_events_delete" AFTER DELETE ON "audit_events" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_audit_events_changed();
--> statement-breakpoint
CREATE TRIGGER "report_audit_events_truncate" AFTER TRUNCATE ON "audit_events" FOR EACH STATEMENT EXECUTE FUNCTION report_audit_events_changed();
