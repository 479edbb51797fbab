// No `server-only` import: scripts/production-server.ts answers the commune lookup with it before Next loads.
import type { z } from "zod";
import { FORBIDDEN_CHARACTERS_MESSAGE, hasForbiddenCharacters } from "@/lib/validation/text";

/**
 * URL query parameters parsed with a zod schema, or the French messages saying what is wrong (also whatever
 * the schema, for a value carrying characters that the text rule refuses: lib/validation/text.ts).
 */
export function parseQueryParams<S extends z.ZodType>(
  url: string,
  schema: S,
): { data: z.infer<S> } | { details: string[] } {
  const entries = [...new URL(url, "http://localhost").searchParams.entries()];
  const unreadable = entries.filter(([, value]) => hasForbiddenCharacters(value));
  if (unreadable.length > 0)
    return { details: unreadable.map(([name]) => `Paramètre « ${name} » ${FORBIDDEN_CHARACTERS_MESSAGE}`) };
  const parsed = schema.safeParse(Object.fromEntries(entries));
  if (parsed.success) return { data: parsed.data };
  return { details: parsed.error.issues.map((issue) => issue.message) };
}

export const INVALID_PARAMETERS_MESSAGE = "Paramètres invalides.";
