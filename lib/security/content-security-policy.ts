// The Content-Security-Policy of every page, set by the proxy for each request. Runs in the proxy bundle:
// no server-only imports.
//
// Scripts: our own files ('self') and, on the pages Next renders with inline scripts (the App Router's
// pages carry their RSC payload in inline scripts), those bearing this response's nonce — never
// 'unsafe-inline'. Next reads the nonce from the request's policy and puts it on its own scripts; a fresh
// one is drawn for every request, so these pages are always rendered per request (app/layout.tsx).
// No 'strict-dynamic': 'self' must keep allowing the plain script tags of the families' pages and the
// Leaflet files the map script adds (both served by this site, which serves no user-supplied script).
//
// The families' public pages of pages/ (home, search, facility page) send no framework JavaScript in
// production (`unstable_runtimeJS: false`): they have no inline script at all, so their policy carries no
// nonce. That is what lets lib/http/public-page-cache.ts replay them to other visitors: a cached page with
// a nonce would replay the same nonce for ten seconds, and nonces must never repeat (the cache refuses
// any page whose policy has one). In development every page gets a nonce (the pages router's development
// runtime is inline) and 'unsafe-eval' (fast refresh).
//
// Styles keep 'unsafe-inline': React renders `style` attributes and Leaflet positions its tiles and
// markers with inline styles at run time; neither can carry a nonce, and a style cannot run code.

export type ContentSecurityPolicyOptions = {
  production: boolean;
  /** The map tiles' server (MAP_TILE_URL, see lib/env.ts), whose images the search map shows. */
  mapTileUrl?: string;
  /**
   * The identity provider (OIDC_ISSUER, ProConnect): the logout form's answer sends a ProConnect session there
   * to end it too, and a form's redirects are held to form-action.
   */
  identityProviderUrl?: string;
};

// The pages of pages/ (see above); /structures/[id]/photo is an image route, where scripts do not matter.
const PAGES_WITHOUT_INLINE_SCRIPTS = /^\/(?:recherche|structures\/[^/]+)?$/;

/** A fresh, unguessable nonce: 128 random bits in base64. */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/** The policy of a page, and the nonce its inline scripts must carry (null when it may have none). */
export function contentSecurityPolicyFor(
  pathname: string,
  { production, mapTileUrl, identityProviderUrl }: ContentSecurityPolicyOptions,
): { policy: string; nonce: string | null } {
  const nonce = production && PAGES_WITHOUT_INLINE_SCRIPTS.test(pathname) ? null : newNonce();
  const mapTileOrigin = mapTileUrl ? ` ${new URL(mapTileUrl.replace(/\{[a-z]\}/g, "0")).origin}` : "";
  const identityProviderOrigin = identityProviderUrl ? ` ${new URL(identityProviderUrl).origin}` : "";
  const policy = [
    "default-src 'self'",
    `script-src 'self'${nonce ? ` 'nonce-${nonce}'` : ""}${production ? "" : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${mapTileOrigin}`,
    "font-src 'self'",
    "connect-src 'self'",
    // The captcha's proof-of-work worker (app/api/captcha/worker), never a blob: one.
    "worker-src 'self'",
    `form-action 'self'${identityProviderOrigin}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
  return { policy, nonce };
}

/**
 * The production policy of a families' page that the proxy leaves out (/recherche, /structures/[id]): they
 * read no session and take no write, and the proxy's pass was a third of what a facility page cost. It has no
 * nonce, so it is the same for every answer of the route.
 */
export function familyPagePolicy(pathname: string, mapTileUrl: string | undefined): string {
  return contentSecurityPolicyFor(pathname, { production: true, mapTileUrl }).policy;
}

/**
 * Sets `familyPagePolicy` on such a page served by Next (pages/). Production only: in development Next's
 * runtime on these pages is inline and takes its nonce from the proxy's request header, which these pages do
 * not get.
 */
export function setFamilyPagePolicy(
  response: { setHeader(name: string, value: string): unknown },
  pathname: string,
  mapTileUrl: string | undefined,
): void {
  if (process.env.NODE_ENV !== "production") return;
  response.setHeader("content-security-policy", familyPagePolicy(pathname, mapTileUrl));
}
