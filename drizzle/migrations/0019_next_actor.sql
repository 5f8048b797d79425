-- Who must act next on each dossier (docs/inbox.md), kept by refreshNextActors (server/modules/dossiers/next-actor.ts).
ALTER TABLE "dossiers" ADD COLUMN "next_actor_permission" text;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "next_actor_organisation_id" uuid;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "next_actor_until" date DEFAULT '-infinity' NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_next_actor_organisation_id_organisations_id_fk" FOREIGN KEY ("next_actor_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- The backfill. The operator's steps need nothing but the row: drafting and returned wait on the operator's
-- preparers (dossier.update), submitted on its appraisers, opinionRequested (levels 4-5) on those who give the
-- professional opinion; the story of approved, withdrawn and superseded dossiers is over. They hold for ever.
UPDATE "dossiers" SET
  "next_actor_permission" = CASE
    WHEN "status" IN ('drafting', 'returned') THEN 'dossier.update'
    WHEN "status" = 'submitted' THEN 'dossier.appraise'
    WHEN "status" = 'opinionRequested' AND "proposed_level" IN (4, 5) THEN 'dossier.giveOpinion'
  END,
  "next_actor_organisation_id" = CASE
    WHEN "status" IN ('drafting', 'returned', 'submitted')
      OR ("status" = 'opinionRequested' AND "proposed_level" IN (4, 5)) THEN "operator_organisation_id"
  END,
  "next_actor_until" = 'infinity'
WHERE "status" <> 'appraised';--> statement-breakpoint
-- Dossiers awaiting approval keep '-infinity': their approver follows the routing of the regimes in force (with an
-- administrator's corrections, read by the server) and the designations in force today, so the server computes them
-- at its first inbox read (refreshStale), in one statement, with the same code as every later change.
CREATE INDEX "dossiers_next_actor_idx" ON "dossiers" USING btree ("next_actor_organisation_id","next_actor_permission","step_due_on") WHERE "dossiers"."next_actor_permission" is not null;--> statement-breakpoint
CREATE INDEX "dossiers_next_actor_until_idx" ON "dossiers" USING btree ("next_actor_until");
