ALTER TABLE "document_settings" ADD COLUMN "signer_names" jsonb DEFAULT '{}'::jsonb NOT NULL;
