// Lists every page (app/ and pages/), route handler (per HTTP method) and exported server action of the app, so the
// authorisation matrix can require an entry for each.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "node_modules" || name === "generated" || name.startsWith(".")) return [];
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** "app/(public)/caf/[id]/page.tsx" → "/caf/[id]": route groups and parallel-route slots do not show in URLs. */
function routePath(file: string): string {
  const segments = path
    .relative(path.join(ROOT, "app"), path.dirname(file))
    .split(path.sep)
    .filter((s) => s && !/^\(.*\)$/.test(s) && !s.startsWith("@"));
  return `/${segments.join("/")}`;
}

/** A build entry of the App Router, as Next's manifests name it ("app/(partenaires)/caf/page") → its URL ("/caf"). */
export function appEntryRoutePath(entry: string): string {
  return routePath(path.join(ROOT, entry));
}

/** "pages/structures/[id].tsx" → "/structures/[id]"; "pages/x/index.tsx" → "/x". */
function pagesRoutePath(file: string): string {
  const route = path
    .relative(path.join(ROOT, "pages"), file)
    .replace(/\.(tsx|ts|jsx|js)$/, "")
    .split(path.sep)
    .filter((s) => s !== "index");
  return `/${route.join("/")}`;
}

// The pages router's own files (_app, _document) and its error pages are not routes anyone visits.
const isPagesRoute = (file: string) => /\.(tsx|ts|jsx|js)$/.test(file) && !/^(_|404\.|500\.)/.test(path.basename(file));

export type DiscoveredItem = {
  key: string;
  kind: "page" | "route" | "action";
  path: string;
  method?: string;
  file: string;
  exportName?: string;
};

export function discoverAppSurface(): DiscoveredItem[] {
  const appFiles = walk(path.join(ROOT, "app"));
  const pages = [
    ...appFiles
      .filter((f) => /\/page\.(tsx|ts|jsx|js)$/.test(f))
      .map((file): DiscoveredItem => ({ key: `page ${routePath(file)}`, kind: "page", path: routePath(file), file })),
    ...walk(path.join(ROOT, "pages"))
      .filter(isPagesRoute)
      .map((file): DiscoveredItem => ({
        key: `page ${pagesRoutePath(file)}`,
        kind: "page",
        path: pagesRoutePath(file),
        file,
      })),
  ];
  const routes = appFiles
    .filter((f) => /\/route\.(ts|js)$/.test(f))
    .flatMap((file) => {
      const source = readFileSync(file, "utf8");
      return HTTP_METHODS.filter((method) =>
        new RegExp(
          `export\\s+(async\\s+)?(function|const|let)\\s+${method}\\b|export\\s*\\{[^}]*\\bas\\s+${method}\\b|export\\s*\\{[^}]*\\b${method}\\b[^}]*\\}`,
        ).test(source),
      ).map((method): DiscoveredItem => ({
        key: `${method} ${routePath(file)}`,
        kind: "route",
        path: routePath(file),
        method,
        file,
      }));
    });
  const actions = ["app", "lib", "components"]
    .flatMap((dir) => walk(path.join(ROOT, dir)))
    .filter((f) => /\.(ts|tsx)$/.test(f) && /^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(readFileSync(f, "utf8")))
    .flatMap((file) => {
      const relative = path.relative(ROOT, file);
      const names = [
        ...readFileSync(file, "utf8").matchAll(/export\s+(?:async\s+)?(?:function\s+|const\s+)(\w+)/g),
      ].map((m) => m[1]);
      return names.map((name): DiscoveredItem => ({
        key: `action ${relative}#${name}`,
        kind: "action",
        path: "",
        file: relative,
        exportName: name,
      }));
    });
  return [...pages, ...routes, ...actions].sort((a, b) => a.key.localeCompare(b.key));
}
