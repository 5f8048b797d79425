-- 0024_dossier_preparers: who prepared each dossier, kept beside the audit trail (server/modules/dossiers/preparer-rows.ts)
-- so that the separation of duties does not read and sort every autosave of every dossier it shows. Backfilled with what
-- the audit trail says (preparersFromAuditTrail in server/modules/dossiers/preparers.ts): whoever created, saved, attached
-- or detached a file of the dossier, and whoever created or updated a system it covers since the dossier was created.
CREATE TABLE "dossier_preparers" (
	"dossier_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "dossier_preparers_dossier_id_user_id_pk" PRIMARY KEY("dossier_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "dossier_preparers" ADD CONSTRAINT "dossier_preparers_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "dossier_preparers" ADD CONSTRAINT "dossier_preparers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
-- An actor who is not (or no longer) a user is left out: the foreign key refuses them, and they can act on nothing.
INSERT INTO "dossier_preparers" ("dossier_id", "user_id")
SELECT p."dossier_id", p."user_id" FROM (
  SELECT d."id" AS "dossier_id", e."actor_user_id" AS "user_id"
  FROM "dossiers" d
  JOIN "audit_events" e ON e."entity_type" = 'dossier' AND e."entity_id" = d."id"::text
  WHERE e."action" IN ('create', 'update', 'attach', 'detach') AND e."actor_user_id" IS NOT NULL
  UNION
  SELECT ds."dossier_id", e."actor_user_id"
  FROM "dossier_systems" ds
  JOIN "dossiers" d ON d."id" = ds."dossier_id"
  JOIN "audit_events" e ON e."entity_type" = 'system' AND e."entity_id" = ds."system_id"::text AND e."at" >= d."created_at"
  WHERE e."action" IN ('create', 'update') AND e."actor_user_id" IS NOT NULL
) p
WHERE EXISTS (SELECT 1 FROM "users" u WHERE u."id" = p."user_id");
