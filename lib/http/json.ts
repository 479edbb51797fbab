import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { FORBIDDEN_CHARACTERS_MESSAGE, hasForbiddenCharacters } from "@/lib/validation/text";

function badRequest(details: string[]) {
  return NextResponse.json({ error: "Paramètres invalides.", details }, { status: 400 });
}

/**
 * Parses URL query parameters with a zod schema; a 400 with French messages when they are wrong, and
 * whatever the schema, when one carries characters that the text rule refuses (lib/validation/text.ts).
 */
export function parseQuery<S extends z.ZodType>(
  url: string,
  schema: S,
): { data: z.infer<S> } | { response: NextResponse } {
  const entries = [...new URL(url).searchParams.entries()];
  const unreadable = entries.filter(([, value]) => hasForbiddenCharacters(value));
  if (unreadable.length > 0)
    return {
      response: badRequest(unreadable.map(([name]) => `Paramètre « ${name} » ${FORBIDDEN_CHARACTERS_MESSAGE}`)),
    };
  const parsed = schema.safeParse(Object.fromEntries(entries));
  if (parsed.success) return { data: parsed.data };
  return { response: badRequest(parsed.error.issues.map((issue) => issue.message)) };
}
