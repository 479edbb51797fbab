// CSRF protection for every state-changing request (server actions, route handlers, next-auth), applied
// by the proxy. Runs in the proxy bundle: no server-only imports.
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * True for a state-changing request sent by a browser from another site. Browsers always send Origin
 * (and Sec-Fetch-Site) on such requests; clients without them (software using an API key, curl) carry no
 * session cookie to abuse, so they are let through to their own authentication.
 */
export function isCrossSiteWrite(request: Request): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return false;
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite === "cross-site" || fetchSite === "same-site") return true;
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true; // "Origin: null" (sandboxed frame, privacy redirect) is never our own page
  }
}
