ALTER TABLE "document_settings" ADD COLUMN "head_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "document_settings" ADD COLUMN "drafting_unit" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "document_settings" ADD COLUMN "functions_basis" text DEFAULT '' NOT NULL;
