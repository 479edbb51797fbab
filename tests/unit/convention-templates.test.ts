import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONVENTION_TEMPLATES } from "@/lib/conventions/default-templates";
import { splitTemplateBody } from "@/lib/conventions/render-convention-pdf";

const migration = readFileSync("prisma/migrations/20261202063000_faithful_convention_templates/migration.sql", "utf8");
const quoted = (tag: string) =>
  [...migration.matchAll(new RegExp(`\\$${tag}\\$([\\s\\S]*?)\\$${tag}\\$`, "g"))].map((m) => m[1]);

describe("@legal convention templates", () => {
  it("@legal new databases and converted databases get the same model texts", () => {
    expect(quoted("title")).toEqual([
      DEFAULT_CONVENTION_TEMPLATES.STRUCTURES.title,
      DEFAULT_CONVENTION_TEMPLATES.INFO_POINT.title,
    ]);
    expect(quoted("body")).toEqual([
      DEFAULT_CONVENTION_TEMPLATES.STRUCTURES.body,
      DEFAULT_CONVENTION_TEMPLATES.INFO_POINT.body,
    ]);
  });

  it("@legal the articles are numbered as in the national models", () => {
    const headings = (body: string) =>
      splitTemplateBody(body)
        .blocks.filter((block) => block.startsWith("#"))
        .map((block) => /Préambule|Article [\d-]+/.exec(block)?.[0]);
    expect(headings(DEFAULT_CONVENTION_TEMPLATES.STRUCTURES.body)).toEqual([
      "Préambule",
      "Article 1",
      "Article 2",
      "Article 3",
      "Article 3-1",
      "Article 3-2",
      "Article 3-3",
      "Article 3-4",
      "Article 4",
      "Article 5",
      "Article 6",
    ]);
    expect(headings(DEFAULT_CONVENTION_TEMPLATES.INFO_POINT.body)).toEqual([
      "Préambule",
      "Article 1",
      "Article 2",
      "Article 3",
      "Article 3-1",
      "Article 3-2",
      "Article 3-3",
      "Article 3-4",
      "Article 4",
      "Article 5",
      "Article 6",
      "Article 7",
    ]);
  });
});
