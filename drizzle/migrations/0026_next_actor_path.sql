-- 0026_next_actor_path: the path of the organisation that acts next on a dossier, beside its id (docs/inbox.md). The
-- inbox finds what waits in a person's scope as one range of dossiers_next_actor_path_idx, instead of visiting every
-- organisation of the scope and probing its dossiers. Triggers keep it: whoever writes next_actor_organisation_id
-- (refreshNextActors, a test's factory, the benchmark's generator) gets the path with it, and a move that rewrites
-- organisations' paths rewrites the dossiers waiting on them in the same statement.
ALTER TABLE "dossiers" ADD COLUMN "next_actor_path" text;
--> statement-breakpoint
UPDATE "dossiers" d SET "next_actor_path" = o."path"
  FROM "organisations" o
 WHERE o."id" = d."next_actor_organisation_id";
--> statement-breakpoint
CREATE INDEX "dossiers_next_actor_path_idx" ON "dossiers" USING btree ("next_actor_permission","next_actor_path" text_pattern_ops) WHERE "dossiers"."next_actor_permission" is not null;
--> statement-breakpoint
CREATE FUNCTION dossier_next_actor_path() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.next_actor_path := (SELECT o.path FROM organisations o WHERE o.id = NEW.next_actor_organisation_id);
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER "dossiers_next_actor_path" BEFORE INSERT OR UPDATE OF "next_actor_organisation_id", "next_actor_path" ON "dossiers" FOR EACH ROW EXECUTE FUNCTION dossier_next_actor_path();
--> statement-breakpoint
CREATE FUNCTION organisations_moved_next_actor_path() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE dossiers d SET next_actor_path = n.path
    FROM new_rows n JOIN old_rows o ON o.id = n.id
   WHERE n.path IS DISTINCT FROM o.path AND d.next_actor_organisation_id = n.id
     -- Always so when an organisation is named; said, so that dossiers_next_actor_idx (partial) can find them.
     AND d.next_actor_permission IS NOT NULL;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "organisations_moved_next_actor_path" AFTER UPDATE ON "organisations" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION organisations_moved_next_actor_path();
