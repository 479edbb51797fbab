// fast-check arbitraries drawn from the OpenAPI document's JSON Schemas: values the document accepts, and the
// same values broken in one place with the odd inputs that reach servers (control characters, huge numbers,
// wrong types, missing fields). Covers the subset of JSON Schema that lib/api/openapi.ts produces.
import fc from "fast-check";
import { addDays, parisDay } from "@/lib/validation/paris-day";
import { componentSchema, type JsonSchema } from "./openapi-contract";

// Arrays stay short: a hundred slots exercise nothing more than three, and each case is a real request.
const MAX_GENERATED_ITEMS = 3;

const controlCharacter = fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code));
const oddCharacter = fc.oneof(
  controlCharacter,
  fc.constantFrom("\u007f", "\u0085", "\u00a0", "\u200b", "\u2028", "\u202e", "\ufeff", "\uffff", "\ud800", "é", "😀"),
);

/** Strings and numbers that break naive code: control characters, lone surrogates, huge, negative, fractional. */
export const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ unit: oddCharacter, maxLength: 20 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: fc.oneof(fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 1 }), oddCharacter) }),
  fc.constantFrom(
    "",
    " ",
    "a\u0000b",
    "9999-12-31",
    "2026-02-30",
    "0000-00-00",
    "24:00",
    "99:99",
    "x".repeat(5000),
    "REGULAR\u0000",
    "<script>",
    "' OR 1=1 --",
  ),
  fc.constantFrom(0, -1, -0, 0.5, 1e308, -1e308, 2 ** 31, 2 ** 53 + 2, Number.MAX_SAFE_INTEGER, 1e-300),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(null, true, false, [], {}, [null], { "": null }, JSON.parse('{"__proto__":{"isAdmin":true}}')),
);

const dayNear = (offset: number) => addDays(parisDay(), offset);

function merge(base: JsonSchema, extra: JsonSchema): JsonSchema {
  const properties = { ...(base.properties as Record<string, JsonSchema> | undefined) };
  for (const [name, schema] of Object.entries((extra.properties as Record<string, JsonSchema> | undefined) ?? {}))
    properties[name] = { ...properties[name], ...schema };
  return {
    ...base,
    ...extra,
    properties,
    required: [...((base.required as string[] | undefined) ?? []), ...((extra.required as string[] | undefined) ?? [])],
  };
}

/** Values valid against `schema` (a component $ref is followed). */
export function validValue(schema: JsonSchema): fc.Arbitrary<unknown> {
  if (typeof schema.$ref === "string") return validValue(componentSchema(schema.$ref));
  const { anyOf, oneOf, ...base } = schema as JsonSchema & { anyOf?: JsonSchema[]; oneOf?: JsonSchema[] };
  const branches = anyOf ?? oneOf;
  // Branches beside properties are constraints on them (JeuDeDisponibilites); alone, they are alternatives.
  if (branches) return fc.oneof(...branches.map((branch) => validValue(base.type ? merge(base, branch) : branch)));
  if ("const" in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  if (Array.isArray(schema.type))
    return fc.oneof(...(schema.type as string[]).map((type) => validValue({ ...schema, type })));
  const minimum = schema.minimum as number | undefined;
  const maximum = schema.maximum as number | undefined;
  switch (schema.type) {
    case "null":
      return fc.constant(null);
    case "boolean":
      return fc.boolean();
    case "integer":
      return fc.integer({ min: minimum ?? -(2 ** 31), max: maximum ?? 2 ** 31 });
    case "number":
      return fc.double({ min: minimum, max: maximum, noNaN: true, noDefaultInfinity: true });
    case "string":
      return stringValue(schema);
    case "array": {
      const items = validValue(schema.items as JsonSchema);
      const constraints = {
        minLength: (schema.minItems as number | undefined) ?? 0,
        maxLength: Math.min((schema.maxItems as number | undefined) ?? MAX_GENERATED_ITEMS, MAX_GENERATED_ITEMS),
      };
      return schema.uniqueItems ? fc.uniqueArray(items, constraints) : fc.array(items, constraints);
    }
    case "object": {
      const properties = (schema.properties as Record<string, JsonSchema> | undefined) ?? {};
      return fc.record(
        Object.fromEntries(Object.entries(properties).map(([name, property]) => [name, validValue(property)])),
        { requiredKeys: (schema.required as string[] | undefined) ?? [] },
      );
    }
    default:
      throw new Error(`JSON Schema not covered by the generator: ${JSON.stringify(schema)}`);
  }
}

function stringValue(schema: JsonSchema): fc.Arbitrary<string> {
  switch (schema.format) {
    // Mostly around today, where the server's own rules on dates apply; now and then any calendar day.
    case "date":
      return fc.oneof(
        { weight: 4, arbitrary: fc.integer({ min: -10, max: 500 }).map(dayNear) },
        {
          weight: 1,
          arbitrary: fc
            .date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true })
            .map((date) => date.toISOString().slice(0, 10)),
        },
      );
    case "date-time":
      return fc.date({ noInvalidDate: true }).map((date) => date.toISOString());
    case undefined:
      break;
    default:
      throw new Error(`format not covered by the generator: ${String(schema.format)}`);
  }
  if (typeof schema.pattern === "string") return fc.stringMatching(new RegExp(schema.pattern));
  return fc.string({
    minLength: schema.minLength as number | undefined,
    maxLength: (schema.maxLength as number | undefined) ?? 50,
  });
}

/** `value` broken in one place: replaced by an odd value, a field dropped or added, an item added. */
export function brokenValue(value: unknown): fc.Arbitrary<unknown> {
  if (Array.isArray(value) && value.length > 0)
    return fc.oneof(
      oddValue,
      fc.nat(value.length - 1).chain((index) => brokenValue(value[index]).map((item) => value.with(index, item))),
      oddValue.map((item) => [...value, item]),
    );
  if (value && typeof value === "object") {
    const entries = Object.entries(value);
    const record = value as Record<string, unknown>;
    const ofField = entries.length
      ? [
          fc.constantFrom(...entries.map(([name]) => name)).chain((name) =>
            fc.oneof(
              brokenValue(record[name]).map((field) => ({ ...record, [name]: field })),
              fc.constant(Object.fromEntries(entries.filter(([other]) => other !== name))),
            ),
          ),
        ]
      : [];
    return fc.oneof(
      oddValue,
      ...ofField,
      fc.tuple(fc.string({ maxLength: 10 }), oddValue).map(([name, field]) => ({ ...record, [name]: field })),
    );
  }
  return oddValue;
}
