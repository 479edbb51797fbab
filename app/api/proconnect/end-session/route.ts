import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { env } from "@/lib/env";
import { sessionCookieName } from "@/lib/http/session-cookie";
import { endSessionUrlFor } from "@/lib/auth/oidc/end-session-url";
import { decodeSessionToken } from "@/lib/http/session-token";

// Read by the logout button before next-auth clears the session: the address of the provider's logout
// for a ProConnect session (null otherwise). Changes nothing; only the caller's own token is read.
export async function GET(request: NextRequest) {
  const secureCookie = request.cookies.has(sessionCookieName(true));
  const token = await getToken({ req: request, secret: env.NEXTAUTH_SECRET, secureCookie, decode: decodeSessionToken });
  try {
    return NextResponse.json(
      { endSessionUrl: await endSessionUrlFor(token) },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    console.error("[proconnect] end-session discovery failed", error);
    return NextResponse.json({ endSessionUrl: null }, { headers: { "Cache-Control": "no-store" } });
  }
}
