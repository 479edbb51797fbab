// No `server-only` import: pages/ uses this module, and Next refuses `server-only` there (README, "Layout").
import { z } from "zod";
import "@/lib/validation/french-messages";
import { SESSION_DEFAULTS } from "@/lib/auth/session-policy";
import { givenEnvironment, serverProcessSettingsSchema } from "@/lib/server-process-settings";
import { oidcSettingsSchema, checkOidcSettings } from "@/lib/auth/oidc/oidc-settings";

const booleanFlag = z
  .enum(["true", "false", "1", "0"])
  .optional()
  .transform((value) => value === "true" || value === "1");

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z
      .string({ error: "DATABASE_URL est obligatoire (URL PostgreSQL)." })
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL doit être une URL postgresql://"),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    NEXTAUTH_SECRET: z
      .string({ error: "NEXTAUTH_SECRET est obligatoire (au moins 32 caractères aléatoires)." })
      .min(32, "NEXTAUTH_SECRET doit contenir au moins 32 caractères."),
    APP_URL: z
      .url("APP_URL doit être l'URL publique du site (ex. https://extranet.monenfant.fr).")
      .default("http://localhost:3000"),
    SMTP_URL: z
      .string({ error: "SMTP_URL est obligatoire (ex. smtp://utilisateur:motdepasse@smtp.exemple.fr:587)." })
      .regex(/^smtps?:\/\//, "SMTP_URL doit commencer par smtp:// ou smtps://"),
    MAIL_FROM: z.string().min(3).default("monenfant.fr <ne-pas-repondre@monenfant.fr>"),
    // Only set by the dev/test launcher: folder where the embedded SMTP sink stores messages.
    MAIL_SINK_DIR: z.string().optional(),
    OUTBOX_POLL_INTERVAL_MS: z.coerce.number().int().min(200).default(5000),
    BACKGROUND_WORKER: booleanFlag.default(true),
    // Requests per minute allowed to each API key of the software transmission API.
    API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
    BCRYPT_COST: z.coerce.number().int().min(4).max(15).default(10),
    SESSION_MAX_AGE_MINUTES: z.coerce.number().int().min(5).default(SESSION_DEFAULTS.maxAgeMinutes),
    SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(SESSION_DEFAULTS.idleMinutes),
    // Failed logins of one identifier from one address before a captcha is asked, and how long they count.
    LOGIN_MAX_FAILURES: z.coerce.number().int().min(3).max(20).default(5),
    LOGIN_FAILURE_WINDOW_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(60),
    // The search results' map (optional): a tile server's URL template and the attribution its terms require.
    // Without them the search has no map. The CSP lets the browser load images from the tiles' origin, which
    // next.config.mjs reads when the app is built: set them for the build too.
    MAP_TILE_URL: z
      .url({ protocol: /^https?$/, error: "MAP_TILE_URL doit être une URL http(s)." })
      .regex(
        /\{z\}.*\{x\}.*\{y\}/,
        "MAP_TILE_URL doit contenir {z}, {x} et {y} (ex. https://tuiles.exemple.fr/{z}/{x}/{y}.png).",
      )
      .optional(),
    MAP_ATTRIBUTION: z.string().trim().min(1).max(300).optional(),
    ...serverProcessSettingsSchema.shape,
    ...oidcSettingsSchema.shape,
  })
  .refine((settings) => Boolean(settings.MAP_TILE_URL) === Boolean(settings.MAP_ATTRIBUTION), {
    error: "MAP_TILE_URL et MAP_ATTRIBUTION vont ensemble : donnez les deux (carte des résultats) ou aucun.",
    path: ["MAP_ATTRIBUTION"],
  });

export type Env = z.infer<typeof envSchema>;

function formatIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`).join("\n");
}

// `next build` imports route modules without runtime secrets; they are checked when the server starts.
const isBuildPhase = process.env.NEXT_PHASE === "phase-production-build";

function parseEnv(): Env {
  const given = givenEnvironment();
  const source = isBuildPhase
    ? {
        DATABASE_URL: "postgresql://build@localhost:5432/build",
        NEXTAUTH_SECRET: "build-phase-placeholder-secret-not-used-at-runtime",
        SMTP_URL: "smtp://localhost:25",
        ...given,
      }
    : given;
  const parsed = envSchema.superRefine(checkOidcSettings).safeParse(source);
  if (!parsed.success) {
    throw new Error(`Configuration invalide :\n${formatIssues(parsed.error)}\nVoir .env.example.`);
  }
  return parsed.data;
}

export const env: Env = parseEnv();
export const isProduction = env.NODE_ENV === "production";

/** The tiles of the search results' map, or null when no tile server is configured (no map then). */
export const mapTiles =
  env.MAP_TILE_URL && env.MAP_ATTRIBUTION ? { url: env.MAP_TILE_URL, attribution: env.MAP_ATTRIBUTION } : null;

// next-auth reads its base URL from NEXTAUTH_URL; one setting (APP_URL) is enough for operators.
process.env.NEXTAUTH_URL ??= env.APP_URL;
