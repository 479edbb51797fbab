import { describe, expect, it } from "vitest";
import { cruise, type ICruiseResult } from "dependency-cruiser";
import extractTSConfig from "dependency-cruiser/config-utl/extract-ts-config";

// Each folder of lib/ is a room: rooms may lean on each other in one direction only, and the UI's
// components never reach back into app/ (a page passes them what they need, server actions included).

async function cruiseProject(): Promise<ICruiseResult> {
  const result = await cruise(
    ["app", "components", "lib", "emails", "pages"],
    {
      tsPreCompilationDeps: true,
      tsConfig: { fileName: "tsconfig.json" },
      exclude: { path: ["^lib/generated/", "node_modules"] },
      doNotFollow: { path: ["node_modules"] },
    },
    undefined,
    { tsConfig: extractTSConfig("tsconfig.json") },
  );
  if (typeof result.output === "string") throw new Error("dependency-cruiser answered text, not a cruise result");
  return result.output;
}

const libFolder = (file: string) => /^lib\/([^/]+)\//.exec(file)?.[1];

/** Cycles of the graph whose nodes are lib's folders and whose edges are the imports between them. */
function folderCycles(edges: Map<string, Set<string>>): string[][] {
  const cycles: string[][] = [];
  const seen = new Set<string>();
  for (const start of [...edges.keys()].sort()) {
    const visit = (folder: string, trail: string[]) => {
      for (const next of edges.get(folder) ?? []) {
        if (next === start) cycles.push([...trail, start]);
        else if (!trail.includes(next) && !seen.has(next)) visit(next, [...trail, next]);
      }
    };
    visit(start, [start]);
    // Every cycle through `start` is now known: later searches need not go through it again.
    seen.add(start);
  }
  return cycles;
}

describe("@codehealth module structure", () => {
  it("@codehealth finds a cycle in a folder graph, and none in a chain", () => {
    const graph = (pairs: [string, string][]) => {
      const edges = new Map<string, Set<string>>();
      for (const [from, to] of pairs) edges.set(from, (edges.get(from) ?? new Set()).add(to));
      return edges;
    };
    expect(
      folderCycles(
        graph([
          ["auth", "db"],
          ["conventions", "habilitation"],
          ["habilitation", "conventions"],
        ]),
      ),
    ).toEqual([["conventions", "habilitation", "conventions"]]);
    expect(
      folderCycles(
        graph([
          ["a", "b"],
          ["b", "c"],
        ]),
      ),
    ).toEqual([]);
  });

  it("@codehealth has no import cycle between folders of lib/, and no import from components/ into app/", async () => {
    const { modules } = await cruiseProject();
    const edges = new Map<string, Set<string>>();
    const intoApp: string[] = [];
    for (const cruised of modules) {
      for (const dependency of cruised.dependencies) {
        if (cruised.source.startsWith("components/") && dependency.resolved.startsWith("app/"))
          intoApp.push(`${cruised.source} -> ${dependency.resolved}`);
        const from = libFolder(cruised.source);
        const to = libFolder(dependency.resolved);
        if (from && to && from !== to) edges.set(from, (edges.get(from) ?? new Set()).add(to));
      }
    }
    expect(edges.size, "the cruise saw lib's folders").toBeGreaterThan(5);
    expect(intoApp, "components/ imports from app/").toEqual([]);
    expect(
      folderCycles(edges).map((cycle) => cycle.join(" -> ")),
      "import cycles between folders of lib/",
    ).toEqual([]);
  }, 120_000);
});
