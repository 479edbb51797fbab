import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, request as playwrightRequest, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { ACCESS_MATRIX, PERSONAS, type MatrixEntry, type MatrixFixtures } from "../support/access-matrix";
import { appEntryRoutePath, discoverAppSurface, type DiscoveredItem } from "../support/discover-routes";
import {
  NOT_ALLOWED_MESSAGE,
  PASSWORD_CHANGE_REQUIRED_MESSAGE,
  SIGN_IN_REQUIRED_MESSAGE,
} from "../../lib/auth/access-messages";
import { PERSONA_EMAILS, runAccessFixture, signIn, withMatrixFixtures } from "./accounts-support";

const REFUSAL_PATHS = ["/connexion", "/acces-refuse", "/mon-compte/mot-de-passe"];
const REFUSAL_MESSAGES = [SIGN_IN_REQUIRED_MESSAGE, NOT_ALLOWED_MESSAGE, PASSWORD_CHANGE_REQUIRED_MESSAGE];
type ActionManifest = {
  node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>;
};

function isRefusalTarget(target: string): boolean {
  return REFUSAL_PATHS.includes(new URL(target.split(";")[0]!, "http://x").pathname);
}

async function classify(
  response: APIResponse,
  kind: DiscoveredItem["kind"],
  refusedWith: string | undefined,
): Promise<string> {
  const status = response.status();
  const target =
    response.headers()["x-action-redirect"] ??
    (status >= 300 && status < 400 ? response.headers().location : undefined);
  if (target) return isRefusalTarget(target) ? "refused" : "allowed";
  if ([401, 403, 404].includes(status)) return "refused";
  // A server action that throws answers 500 with the message hidden: never a way to refuse.
  if (status >= 500) return `error ${status}`;
  const body = await response.text();
  // A redirect decided after streaming started becomes a meta refresh.
  const metaRefresh = /<meta id="__next-page-redirect"[^>]*content="\d+;url=([^"]+)"/.exec(body);
  if (metaRefresh) return isRefusalTarget(metaRefresh[1]!.replaceAll("&amp;", "&")) ? "refused" : "allowed";
  if (kind === "action" && [...REFUSAL_MESSAGES, ...(refusedWith ? [refusedWith] : [])].some((m) => body.includes(m)))
    return "refused";
  return "allowed";
}

function actionId(manifest: ActionManifest, item: DiscoveredItem): { id: string; page: string } | null {
  const found = Object.entries(manifest.node).find(
    ([, action]) => action.filename === item.file && action.exportedName === item.exportName,
  );
  if (!found) return null;
  return { id: found[0], page: appEntryRoutePath(Object.keys(found[1].workers)[0]!) };
}

async function probe(
  context: APIRequestContext,
  item: DiscoveredItem,
  entry: MatrixEntry,
  fixtures: MatrixFixtures,
  manifest: ActionManifest,
  origin: string,
) {
  const url = entry.path ? await entry.path(fixtures) : item.path;
  if (item.kind === "action") {
    const action = actionId(manifest, item);
    if (!action) return "unreachable: no page uses this action";
    const args = entry.args ? await entry.args(fixtures) : [{ status: "idle" }, "$K1"];
    const target = entry.path ? url : action.page;
    if (target.includes("[")) return `needs a path in the matrix (${target})`;
    const response = await context.post(target, {
      headers: { "Next-Action": action.id, Accept: "text/x-component", Origin: origin },
      multipart: { "0": JSON.stringify(args) },
      maxRedirects: 0,
    });
    return classify(response, "action", entry.refusedWith);
  }
  if (url.includes("[")) return `needs a path in the matrix (${url})`;
  const method = item.method ?? "GET";
  const response = await context.fetch(url, {
    method,
    maxRedirects: 0,
    headers: method === "GET" ? undefined : { Origin: origin },
    data: method === "GET" ? undefined : {},
  });
  return classify(response, item.kind, undefined);
}

test.describe("@accounts authorisation matrix", () => {
  test("@accounts every page, route handler and server action has exactly one entry in the matrix", () => {
    const discovered = discoverAppSurface().map((item) => item.key);
    expect(
      discovered.filter((key) => !(key in ACCESS_MATRIX)),
      "missing from tests/support/access-matrix.ts",
    ).toEqual([]);
    expect(
      Object.keys(ACCESS_MATRIX).filter((key) => !discovered.includes(key)),
      "entries for items that no longer exist",
    ).toEqual([]);
  });

  test("@accounts @hardening anonymous, two providers, two information points of one Caf, agents of two Cafs and the Cnaf admin are allowed or refused as the matrix says", async ({
    baseURL,
  }) => {
    test.setTimeout(720_000);
    runAccessFixture(baseURL!, "provider-b");
    runAccessFixture(baseURL!, "info-point-b");
    const manifest = JSON.parse(
      readFileSync(path.resolve(process.env.NEXT_DIST_DIR ?? ".next", "server/server-reference-manifest.json"), "utf8"),
    ) as ActionManifest;
    const items = discoverAppSurface()
      .filter((item) => item.key in ACCESS_MATRIX)
      .sort(
        (a, b) =>
          Number(ACCESS_MATRIX[a.key]!.endsSession ?? false) - Number(ACCESS_MATRIX[b.key]!.endsSession ?? false),
      );
    const mismatches: string[] = [];
    await withMatrixFixtures(async (fixtures) => {
      for (const persona of PERSONAS) {
        const context = await playwrightRequest.newContext({ baseURL });
        if (persona !== "anonymous") await signIn(context, PERSONA_EMAILS[persona]);
        for (const item of items) {
          const entry = ACCESS_MATRIX[item.key];
          const expected = entry!.allowed.includes(persona) ? "allowed" : "refused";
          const outcome = await probe(context, item, entry!, fixtures, manifest, baseURL!);
          if (outcome !== expected) mismatches.push(`${item.key} — ${persona}: attendu ${expected}, obtenu ${outcome}`);
        }
        await context.dispose();
      }
    });
    expect(mismatches).toEqual([]);
  });

  test("@accounts @hardening each information point of a Caf lists its own families' requests, never its neighbour's", async ({
    baseURL,
  }) => {
    runAccessFixture(baseURL!, "info-point-b");
    const reference = await withMatrixFixtures(async ({ sql }) => {
      const [row] = await sql<{ reference: string }>(
        `SELECT fr.reference FROM "FamilyRequest" fr JOIN "Convention" conv ON conv."infoPointId" = fr."infoPointId"
         WHERE conv.number = 'CONV-47-DEMO-0002' LIMIT 1`,
      );
      return row?.reference;
    });
    expect(reference, "a request of the demo information point").toBeTruthy();
    const listed: Record<string, boolean> = {};
    for (const persona of ["infoPoint", "infoPointB"] as const) {
      const context = await playwrightRequest.newContext({ baseURL });
      await signIn(context, PERSONA_EMAILS[persona]);
      const response = await context.get("/espace-pro/demandes-familles");
      expect(response.status()).toBe(200);
      listed[persona] = (await response.text()).includes(reference!);
      await context.dispose();
    }
    expect(listed).toEqual({ infoPoint: true, infoPointB: false });
  });
});
