import { TEST_SECRET } from "../scripts/lib/test-services";

// What the app (seed, production server) needs to run against the bench database. No e-mail is sent
// during a bench: the background worker is off, so the SMTP address is never dialled.
export function benchAppEnv(databaseUrl: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: TEST_SECRET,
    SMTP_URL: "smtp://127.0.0.1:2525",
    BACKGROUND_WORKER: "false",
    // The search page as configured in production, "Voir sur la carte" included (Lighthouse audits it; the map
    // itself is never opened during the bench, so no tile is ever asked for).
    MAP_TILE_URL: "http://127.0.0.1:9/tuiles/{z}/{x}/{y}.png",
    MAP_ATTRIBUTION: "Fond de carte du banc d'essai",
  };
}
