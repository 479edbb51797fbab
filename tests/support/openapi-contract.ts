// The published OpenAPI document as a test oracle: a response of /api/v1 must have a status declared for its
// operation, the declared content type, a body valid against the declared schema and the declared headers.
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { expect } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";

export const document = openApiDocument("http://localhost");

export type JsonSchema = Record<string, unknown>;
type Media = { schema: { $ref: string } };
type Header = { required?: boolean; schema: JsonSchema };
type Operation = {
  requestBody?: { content: Record<string, Media> };
  responses: Record<string, { headers?: Record<string, Header>; content: Record<string, Media> }>;
};
export type ApiPath = keyof typeof document.paths;
export type ApiMethod = "get" | "put";

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
for (const [name, schema] of Object.entries(document.components.schemas))
  ajv.addSchema(schema, `#/components/schemas/${name}`);

export function operationOf(path: ApiPath, method: ApiMethod): Operation {
  const operation = (document.paths as unknown as Record<string, Partial<Record<ApiMethod, Operation>>>)[path]?.[
    method
  ];
  if (!operation) throw new Error(`${method.toUpperCase()} ${path} is not in the OpenAPI document`);
  return operation;
}

/** A component schema of the document by its $ref ("#/components/schemas/…"). */
export function componentSchema(ref: string): JsonSchema {
  const name = ref.replace("#/components/schemas/", "") as keyof typeof document.components.schemas;
  return document.components.schemas[name];
}

/** The errors of `value` against the schema the document declares for the body of this operation, or null. */
export function requestBodyErrors(path: ApiPath, method: ApiMethod, value: unknown): string | null {
  const media = operationOf(path, method).requestBody?.content["application/json"];
  if (!media) throw new Error(`${method.toUpperCase()} ${path} takes no JSON body`);
  const validate = ajv.getSchema(media.schema.$ref)!;
  return validate(value) ? null : ajv.errorsText(validate.errors);
}

/** Checks a response against the OpenAPI document: declared status, content type, headers and body schema. */
export async function expectConforming(response: Response, path: ApiPath, method: ApiMethod) {
  const where = `${method.toUpperCase()} ${path}`;
  expect(response.status, `${where} answered ${response.status}`).toBeLessThan(500);
  const declared = operationOf(path, method).responses[String(response.status)];
  expect(declared, `status ${response.status} is not documented for ${where}`).toBeDefined();
  for (const [name, header] of Object.entries(declared!.headers ?? {})) {
    const value = response.headers.get(name);
    if (value === null) {
      expect(header.required, `${where} ${response.status} lacks the required header ${name}`).not.toBe(true);
      continue;
    }
    const typed = header.schema.type === "integer" ? Number(value) : value;
    expect(ajv.validate(header.schema, typed), `${name}: ${value} against ${JSON.stringify(header.schema)}`).toBe(true);
  }
  const [contentType, media] = Object.entries(declared!.content)[0]!;
  expect(response.headers.get("content-type")).toContain(contentType);
  const body = await response.json();
  const validate = ajv.getSchema(media.schema.$ref)!;
  expect(validate(body), `${where} ${response.status}: ${ajv.errorsText(validate.errors)}`).toBe(true);
  return body;
}
