import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";

/** Parses URL query parameters with a zod schema; a 400 with French messages when they are wrong. */
export function parseQuery<S extends z.ZodType>(
  url: string,
  schema: S,
): { data: z.infer<S> } | { response: NextResponse } {
  const params = Object.fromEntries(new URL(url).searchParams.entries());
  const parsed = schema.safeParse(params);
  if (parsed.success) return { data: parsed.data };
  return {
    response: NextResponse.json(
      { error: "Paramètres invalides.", details: parsed.error.issues.map((issue) => issue.message) },
      { status: 400 },
    ),
  };
}
