import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { DataTable, DataTableRow, DataTableRowHeader } from "@/components/data-table";

describe("@codehealth data table", () => {
  it("@codehealth renders a named, focusable scroll region with a caption, column and row headers", () => {
    const html = renderToStaticMarkup(
      <DataTable caption="Versions du modèle" className="mt-2" columns={["Version", "Publication"]}>
        <DataTableRow>
          <DataTableRowHeader>v2</DataTableRowHeader>
          <td className="p-2">1er décembre</td>
        </DataTableRow>
      </DataTable>,
    );
    expect(html).toMatch(
      /^<div class="max-w-full overflow-x-auto mt-2" role="region" aria-label="Versions du modèle" tabindex="0">/,
    );
    expect(html).toContain('<caption class="sr-only">Versions du modèle</caption>');
    expect(html).toContain('<th scope="col" class="p-2">Version</th><th scope="col" class="p-2">Publication</th>');
    expect(html).toContain('<tr class="border-b border-gray-300"><th scope="row" class="p-2 text-left">v2</th>');
  });

  it("@codehealth shows the caption when asked", () => {
    const html = renderToStaticMarkup(
      <DataTable caption="Travaux programmés" captionVisible columns={["Type"]}>
        {null}
      </DataTable>,
    );
    expect(html).toContain('<caption class="text-left font-bold">Travaux programmés</caption>');
  });

  it("@codehealth leaves no hand-written table in app/ or components/", () => {
    const files = execFileSync("grep", ["-rl", "--include=*.tsx", "<table", "app", "components"], { encoding: "utf8" })
      .split("\n")
      .filter(Boolean);
    expect(files).toEqual(["components/data-table.tsx"]);
  });
});
