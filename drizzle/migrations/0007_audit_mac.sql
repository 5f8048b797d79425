-- A keyed MAC (HMAC-SHA256 under a key kept outside the database) of each event's hash: the hash alone is a
-- public formula anyone with write access could recompute. Events written before this column have none
-- until the server's first start with a key seals them (server/modules/audit/seal-legacy-chain.ts).
ALTER TABLE "audit_events" ADD COLUMN "mac" text;
