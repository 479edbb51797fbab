-- Forgiving place lookup and searches around a place (issue 23). Every extension here ships with
-- PostgreSQL's contrib and is offered by managed services.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS cube;
CREATE EXTENSION IF NOT EXISTS earthdistance;

-- A place name as families may type it: no accents, no case, punctuation as spaces, "St"/"Ste" spelt out,
-- no leading article ("Le Châtelet-en-Brie" → "chatelet en brie"). The SQL-standard body binds unaccent()
-- at creation, so the function stays usable whatever the caller's search_path (index builds, ANALYZE).
CREATE FUNCTION place_key(value text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN regexp_replace(
    regexp_replace(
      regexp_replace(
        btrim(regexp_replace(lower(unaccent('unaccent'::regdictionary, value)), '[^a-z0-9]+', ' ', 'g')),
        '\mste\M', 'sainte', 'g'),
      '\mst\M', 'saint', 'g'),
    '^(le|la|les|l) (?=.)', '');

-- AlterTable
ALTER TABLE "Commune" ADD COLUMN "placeKey" TEXT GENERATED ALWAYS AS (place_key(name)) STORED;

-- AlterTable
ALTER TABLE "Facility" ADD COLUMN     "latitude" DOUBLE PRECISION,
ADD COLUMN     "locationIsPrecise" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "longitude" DOUBLE PRECISION;

-- A facility without a precise point stands at its commune's point, however it is written (catalogue form,
-- CSV import, seed, bench dataset) and when its commune's point is corrected later.
CREATE FUNCTION facility_at_commune_point() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT NEW."locationIsPrecise" THEN
    SELECT c.latitude, c.longitude INTO NEW.latitude, NEW.longitude FROM "Commune" c WHERE c."inseeCode" = NEW."communeInsee";
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "Facility_at_commune_point" BEFORE INSERT OR UPDATE OF "communeInsee", latitude, longitude, "locationIsPrecise"
  ON "Facility" FOR EACH ROW EXECUTE FUNCTION facility_at_commune_point();

CREATE FUNCTION commune_point_to_facilities() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Facility" SET latitude = NEW.latitude, longitude = NEW.longitude
    WHERE "communeInsee" = NEW."inseeCode" AND NOT "locationIsPrecise";
  RETURN NULL;
END $$;

CREATE TRIGGER "Commune_point_to_facilities" AFTER UPDATE OF latitude, longitude ON "Commune"
  FOR EACH ROW WHEN (OLD.latitude IS DISTINCT FROM NEW.latitude OR OLD.longitude IS DISTINCT FROM NEW.longitude)
  EXECUTE FUNCTION commune_point_to_facilities();

-- Existing facilities stand at their commune's point.
UPDATE "Facility" f SET latitude = c.latitude, longitude = c.longitude FROM "Commune" c WHERE c."inseeCode" = f."communeInsee";

-- CreateIndex
CREATE INDEX "Commune_placeKey_exact_idx" ON "Commune"("placeKey");

-- CreateIndex
CREATE INDEX "Commune_placeKey_trgm_idx" ON "Commune" USING GIN ("placeKey" gin_trgm_ops);

-- Searches around a place: the facilities inside a box around the centre, by GiST (earthdistance).
CREATE INDEX "Facility_earth_idx" ON "Facility" USING GIST (ll_to_earth(latitude, longitude));
