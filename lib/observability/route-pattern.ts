// Paths as logs and metric labels show them: identifiers and tokens become ":id", so that no secret (an
// invitation link) or reference reaches the logs, and the set of label values stays small.
const IDENTIFIER = /^(?:\d+|[\w-]{20,}|(?=.*\d)[\w-]{12,})$/;

export function routePattern(url: string | undefined): string {
  const path = (url ?? "/").split("?", 1)[0] ?? "/";
  if (path.startsWith("/_next/")) return "/_next/*";
  return path.replace(/\/([^/]+)/g, (segment, name: string) => (IDENTIFIER.test(name) ? "/:id" : segment)) || "/";
}
