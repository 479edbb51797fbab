import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { INVALID_PARAMETERS_MESSAGE, parseQueryParams } from "@/lib/http/query-params";

/** URL query parameters parsed with a zod schema (lib/http/query-params.ts); a 400 with French messages when they are wrong. */
export function parseQuery<S extends z.ZodType>(
  url: string,
  schema: S,
): { data: z.infer<S> } | { response: NextResponse } {
  const parsed = parseQueryParams(url, schema);
  if ("data" in parsed) return parsed;
  return {
    response: NextResponse.json({ error: INVALID_PARAMETERS_MESSAGE, details: parsed.details }, { status: 400 }),
  };
}
