import { availableParallelism } from "node:os";
import { z } from "zod";
import { compileTrustedProxies } from "./http/client-address";

/**
 * Settings of the production server process itself (scripts/production-server.ts), read before Next
 * loads; lib/env.ts validates them again with every other setting.
 */
export const serverProcessSettingsSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // Not HOSTNAME: shells set it to the machine's name.
  LISTEN_HOST: z.string().min(1).default("0.0.0.0"),
  // App processes on this machine, sharing the port; each one is a stateless instance.
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(availableParallelism()),
  // How long an anonymous visitor's home and search pages may be served from an instance's cache; 0 turns it off.
  PUBLIC_PAGE_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(10),
  // Proxies (addresses or CIDR ranges) whose X-Forwarded-For tells the client address; none by default.
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .refine(
      (value) => {
        try {
          compileTrustedProxies(value);
          return true;
        } catch {
          return false;
        }
      },
      {
        error: "TRUSTED_PROXIES : adresses IP ou plages CIDR séparées par des virgules (ex. 10.0.0.0/8, 192.0.2.4).",
      },
    ),
  // Bearer token that /api/metrics requires; without it the endpoint is off.
  METRICS_TOKEN: z.string().min(16, "METRICS_TOKEN doit contenir au moins 16 caractères.").optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

/** The environment as settings see it: an empty value (`FOO=` in a .env file) means "not set", so the default applies. */
export function givenEnvironment(): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== ""));
}
