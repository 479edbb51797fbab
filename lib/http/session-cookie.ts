// The name next-auth gives its session cookie. Kept below auth so that the HTTP observer, which only reads
// whether a request carries a session, needs nothing from lib/auth.
export function sessionCookieName(secure: boolean): string {
  return `${secure ? "__Secure-" : ""}next-auth.session-token`;
}
