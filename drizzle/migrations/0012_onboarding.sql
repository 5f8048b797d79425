ALTER TABLE "organisations" ADD COLUMN "code" text;--> statement-breakpoint
ALTER TABLE "information_systems" ADD COLUMN "code" text;--> statement-breakpoint
CREATE UNIQUE INDEX "organisations_code_unique" ON "organisations" USING btree ("code") WHERE "organisations"."code" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "information_systems_code_unique" ON "information_systems" USING btree ("code") WHERE "information_systems"."code" is not null;--> statement-breakpoint
CREATE TABLE "onboarding_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"file_name" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'previewed' NOT NULL,
	"rows" jsonb NOT NULL,
	"preview" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"committed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "onboarding_imports" ADD CONSTRAINT "onboarding_imports_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "onboarding_imports_user_idx" ON "onboarding_imports" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "onboarding_imports_expiry_idx" ON "onboarding_imports" USING btree ("expires_at");
