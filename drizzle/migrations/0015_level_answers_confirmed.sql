ALTER TABLE "dossiers" ADD COLUMN "level_answers_confirmed_at" timestamp with time zone;--> statement-breakpoint
-- Dossiers that already left drafting were submitted with their answers: count them as confirmed then.
UPDATE "dossiers" SET "level_answers_confirmed_at" = "created_at" WHERE "status" <> 'drafting';
