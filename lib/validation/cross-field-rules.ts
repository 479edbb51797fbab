// Rules across the fields of an object that JSON Schema cannot express (min ≤ max, start before end…).
// One list per schema both checks the value and describes itself: the published OpenAPI document, generated
// from the same zod schema, states exactly the rules that the server enforces.
import type { z } from "zod";

export type CrossFieldRule<T> = {
  /** The rule as written in the API documentation (French, field names as on the wire). */
  rule: string;
  /** What the value breaks, each with the path of the field to blame and its French message. */
  issues: (value: T) => { path: PropertyKey[]; message: string }[];
};

/** The schema with its rules enforced, and listed after `summary` in its description. */
export function withCrossFieldRules<S extends z.ZodObject>(
  schema: S,
  summary: string,
  rules: CrossFieldRule<z.output<S>>[],
  jsonSchema: Record<string, unknown> = {},
): S {
  return schema
    .superRefine((value, ctx) => {
      for (const { issues } of rules)
        for (const { path, message } of issues(value)) ctx.addIssue({ code: "custom", path, message });
    })
    .meta({
      description: `${summary}\n\nRègles vérifiées par le serveur (sinon 400) :\n${rules.map(({ rule }) => `- ${rule}`).join("\n")}`,
      ...jsonSchema,
    });
}
