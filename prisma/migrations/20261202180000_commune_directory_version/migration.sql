-- The place lookup answers from each app process's memory (lib/territory/commune-directory.ts): this row
-- tells the processes when the communes changed. A statement-level trigger moves it whoever writes them
-- (reference data refresh, seed, a fix by hand), in the writer's transaction.
CREATE TABLE "CommuneDirectoryVersion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommuneDirectoryVersion_pkey" PRIMARY KEY ("id")
);

-- Versions come from a sequence, which no TRUNCATE of the table takes back: a process never mistakes a new
-- set of communes for the one it holds.
CREATE SEQUENCE commune_directory_version_seq;

INSERT INTO "CommuneDirectoryVersion" ("id", "version") VALUES (1, nextval('commune_directory_version_seq'));

CREATE FUNCTION commune_directory_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "CommuneDirectoryVersion" (id, version) VALUES (1, nextval('commune_directory_version_seq'))
    ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, "changedAt" = CURRENT_TIMESTAMP;
  RETURN NULL;
END $$;

CREATE TRIGGER "Commune_directory_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Commune"
  FOR EACH STATEMENT EXECUTE FUNCTION commune_directory_changed();

-- The lookup no longer runs in SQL: its indexes on the key only slowed the writes.
DROP INDEX "Commune_placeKey_exact_idx";
DROP INDEX "Commune_placeKey_trgm_idx";
