-- Search that finds (server/db/full-text-search.ts): every word of a record twice, as written in lower case with its
-- accents (weight A) and without them (weight B), cut at anything but letters and digits. Immutable, so stored
-- generated columns can use it; 'simple' keeps each word as it is (no stemming, no stop words).
CREATE FUNCTION search_vector_of(source text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector('simple', regexp_replace(lower(translate(normalize(source, NFC), 'ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ', 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ')),
                                                        '[^0-9a-zàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]+', ' ', 'g')), 'A')
      || setweight(to_tsvector('simple', regexp_replace(translate(lower(translate(normalize(source, NFC), 'ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ', 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ')), 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ', 'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd'),
                                                        '[^0-9a-z]+', ' ', 'g')), 'B')
$$;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (search_vector_of(coalesce("name", '') || ' ' || coalesce("short_name", '') || ' ' || coalesce("code", ''))) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (search_vector_of(coalesce("username", '') || ' ' || coalesce("full_name", ''))) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "information_systems" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (search_vector_of(coalesce("name", '') || ' ' || coalesce("address", '') || ' ' || coalesce("code", ''))) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "search_source" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (search_vector_of(coalesce("search_source", ''))) STORED NOT NULL;--> statement-breakpoint
-- What refreshDossierSearch (server/modules/dossiers/search-source.ts) keeps: title, operator, systems' names.
UPDATE "dossiers" d SET "search_source" = concat_ws(' ', d."title", o."name", o."short_name",
  (SELECT string_agg(s."name", ' ' ORDER BY s."name") FROM "dossier_systems" ds
     JOIN "information_systems" s ON s."id" = ds."system_id" WHERE ds."dossier_id" = d."id"))
FROM "organisations" o WHERE o."id" = d."operator_organisation_id";--> statement-breakpoint
CREATE INDEX "organisations_search_idx" ON "organisations" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "users_search_idx" ON "users" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "information_systems_search_idx" ON "information_systems" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "dossiers_search_idx" ON "dossiers" USING gin ("search_vector");
