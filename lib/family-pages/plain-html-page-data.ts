// No `server-only` import: pages/ and scripts/production-server.ts use this module.
import type { GetServerSideProps } from "next";
import type { ParsedUrlQuery } from "node:querystring";
import { mapTiles } from "@/lib/env";
import { setFamilyPagePolicy } from "@/lib/security/content-security-policy";

/**
 * The server side of a families' plain HTML page (components/plain-html-page.tsx). Its props are plain data, as
 * JSON carries them (days and instants as text): Next sends them through JSON, the production server does not.
 */
export type PlainHtmlPageData<Props extends object> = {
  /** The route as Next names it (`/structures/[id]`): its Content-Security-Policy is the route's. */
  route: string;
  /** The page's data from its query (the path's parameters included, as Next gives them), and its HTTP status. */
  load(query: ParsedUrlQuery): Promise<{ status: number; props: Props }>;
};

/** The page's getServerSideProps in pages/ (Next serves it under `next dev`, and wherever Next is used alone). */
export function plainHtmlServerSideProps<Props extends object>(page: PlainHtmlPageData<Props>) {
  return (async ({ query, res }) => {
    setFamilyPagePolicy(res, page.route, mapTiles?.url);
    const { status, props } = await page.load(query);
    res.statusCode = status;
    // Next refuses `undefined` in props: the optional fields left unset are dropped.
    return { props: JSON.parse(JSON.stringify(props)) as Props };
  }) satisfies GetServerSideProps<Props>;
}
