import { NextResponse, type NextRequest } from "next/server";
import type { JWT } from "next-auth/jwt";
import { areaFor, homeFor } from "@/lib/auth/areas";
import type { Role } from "@/lib/generated/prisma/enums";
import { ACTIVITY_REFRESH_SECONDS, isSessionExpired, nowInSeconds, sessionLimitsFrom } from "@/lib/auth/session-policy";
import { isCrossSiteWrite } from "@/lib/security/same-origin";
import { contentSecurityPolicyFor } from "@/lib/security/content-security-policy";
import { encodeSessionToken, readSessionToken } from "@/lib/http/session-token";

// Runs before every request: refuses cross-site writes (CSRF), sets the page's Content-Security-Policy with
// a fresh nonce (lib/security/content-security-policy.ts), keeps the session's last-activity claim
// fresh (idle timeout, shared by all instances since it lives in the signed cookie) and redirects early
// from the protected areas. It only reads the signed token: every page and action still checks the
// account and its scope against the database. The production server runs it too, through
// scripts/lib/proxy-gate.ts, for the signed-in page it answers before Next (the Caf's request list).
export async function proxy(request: NextRequest) {
  return (await proxyWithSession(request)).response;
}

/**
 * The proxy's answer, and the session it read (the token, unless absent or expired): the production server's
 * own pages (scripts/lib/proxy-gate.ts) read the person from it rather than decode the cookie again.
 */
export async function proxyWithSession(request: NextRequest): Promise<{ response: NextResponse; session: JWT | null }> {
  if (isCrossSiteWrite(request)) {
    const refusal = { error: "Requête refusée : elle ne provient pas de ce site." };
    return { response: NextResponse.json(refusal, { status: 403 }), session: null };
  }
  // The proxy bundle cannot import server-only modules; lib/env.ts validates these settings at start-up.
  const secret = process.env.NEXTAUTH_SECRET;
  const limits = sessionLimitsFrom(process.env);
  const { secure, cookieName, token } = await readSessionToken(request, secret);
  const liveToken = token && !isSessionExpired(token, limits) ? token : null;

  // Next reads the nonce from the request's policy and gives it to the scripts it renders.
  const { policy } = contentSecurityPolicyFor(request.nextUrl.pathname, {
    production: process.env.NODE_ENV === "production",
    mapTileUrl: process.env.MAP_TILE_URL,
    identityProviderUrl: process.env.OIDC_ISSUER || undefined,
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  const response = earlyAccessResponse(request, liveToken?.role ?? null, requestHeaders);
  response.headers.set("content-security-policy", policy);
  // next-auth writes the cookie itself on its own routes (sign-in, sign-out).
  if (request.nextUrl.pathname.startsWith("/api/auth/")) return { response, session: liveToken };
  const now = nowInSeconds();
  if (token && !liveToken) {
    response.cookies.delete(cookieName);
  } else if (secret && liveToken && now - liveToken.lastActivityAt >= ACTIVITY_REFRESH_SECONDS) {
    const refreshed = await encodeSessionToken({
      token: { ...liveToken, lastActivityAt: now },
      secret,
      maxAge: limits.maxAgeSeconds,
    });
    response.cookies.set(cookieName, refreshed, {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure,
      maxAge: limits.maxAgeSeconds,
    });
  }
  return { response, session: liveToken };
}

function earlyAccessResponse(request: NextRequest, role: Role | null, requestHeaders: Headers): NextResponse {
  const next = () => NextResponse.next({ request: { headers: requestHeaders } });
  // The home page is the way in for those who are not signed in (pages/index.tsx, built once, no session read).
  if (request.nextUrl.pathname === "/" && role) return NextResponse.redirect(new URL(homeFor(role), request.url));
  const area = areaFor(request.nextUrl.pathname);
  if (!area) return next();
  if (!role) {
    const login = new URL("/connexion", request.url);
    login.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
    return NextResponse.redirect(login);
  }
  if (!(area.roles as readonly Role[]).includes(role))
    return NextResponse.redirect(new URL("/acces-refuse", request.url));
  return next();
}

// Not the software API (/api/v1): it takes no cookie (a key in the Authorization header, so no CSRF and no
// session) and authenticates every call itself; skipping this pass matters on its busiest write. Not the
// scan upload (/api/demandes/…/activation) either: the proxy would buffer its 10 Mo body (and cut it past
// its own limit) before the route could refuse it; the route checks the origin and the session itself.
// Not the families' search and facility pages (pages/recherche.tsx, pages/structures/[id].tsx) either: no
// session, no write, a policy without nonce that they set themselves (setFamilyPagePolicy), and they are what
// families wait for at national scale.
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/v1/|api/demandes/|recherche$|structures/[^/]+$).*)"],
};
