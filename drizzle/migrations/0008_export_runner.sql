ALTER TABLE "document_exports" ADD COLUMN "runner" text;--> statement-breakpoint
CREATE INDEX "document_exports_status_idx" ON "document_exports" USING btree ("status","finished_at");
