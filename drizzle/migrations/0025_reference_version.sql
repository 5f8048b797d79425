-- 0025_reference_version: the version of the reference data the server keeps in memory (server/db/reference-cache.ts,
-- docs/reference-cache.md). Statement triggers on the tables it comes from add one to it in the changing transaction,
-- so the new version becomes visible exactly when the change commits; the session statement of every request reads
-- it. These tables change a few times a year, so writers waiting on the one row cost nothing.
CREATE TABLE "reference_version" (
	"id" integer PRIMARY KEY NOT NULL,
	"version" bigint NOT NULL,
	CONSTRAINT "reference_version_single_row" CHECK ("reference_version"."id" = 1)
);
--> statement-breakpoint
INSERT INTO "reference_version" ("id", "version") VALUES (1, 0);
--> statement-breakpoint
CREATE FUNCTION reference_data_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE reference_version SET version = version + 1 WHERE id = 1;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Organisations: only what the kept designations carry (a unit's name and short name, where it sits in the tree).
CREATE FUNCTION reference_organisations_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (
    SELECT id, path, name, short_name FROM new_rows EXCEPT SELECT id, path, name, short_name FROM old_rows
  ) THEN
    UPDATE reference_version SET version = version + 1 WHERE id = 1;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "reference_regimes_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "regime_settings" FOR EACH STATEMENT EXECUTE FUNCTION reference_data_changed();
--> statement-breakpoint
CREATE TRIGGER "reference_holidays_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "holidays" FOR EACH STATEMENT EXECUTE FUNCTION reference_data_changed();
--> statement-breakpoint
CREATE TRIGGER "reference_designations_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "designations" FOR EACH STATEMENT EXECUTE FUNCTION reference_data_changed();
--> statement-breakpoint
CREATE TRIGGER "reference_organisations_updated" AFTER UPDATE ON "organisations" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION reference_organisations_updated();
--> statement-breakpoint
CREATE TRIGGER "reference_organisations_truncate" AFTER TRUNCATE ON "organisations" FOR EACH STATEMENT EXECUTE FUNCTION reference_data_changed();
