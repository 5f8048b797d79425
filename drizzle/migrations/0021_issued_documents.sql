CREATE TABLE "issued_document_files" (
	"dossier_id" uuid NOT NULL,
	"form" text NOT NULL,
	"format" text NOT NULL,
	"symbol" text NOT NULL,
	"issued_on" date NOT NULL,
	"round" smallint NOT NULL,
	"sha256" text NOT NULL,
	"size" integer NOT NULL,
	"bytes" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "issued_document_files_pk" PRIMARY KEY("dossier_id","form","format","symbol","issued_on","round")
);
--> statement-breakpoint
ALTER TABLE "issued_document_files" ADD CONSTRAINT "issued_document_files_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;
