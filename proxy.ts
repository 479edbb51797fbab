import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { areaFor } from "@/lib/auth/areas";

// Early redirect for the protected areas. It only reads the signed token: every page and action
// still checks the account and its scope against the database.
export async function proxy(request: NextRequest) {
  const area = areaFor(request.nextUrl.pathname);
  if (!area) return NextResponse.next();
  // The proxy bundle cannot import server-only modules; lib/env.ts validates this secret at start-up.
  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
  if (!token) {
    const login = new URL("/connexion", request.url);
    login.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
    return NextResponse.redirect(login);
  }
  if (!(area.roles as readonly string[]).includes(token.role)) {
    return NextResponse.redirect(new URL("/acces-refuse", request.url));
  }
  return NextResponse.next();
}

export const config = { matcher: ["/admin/:path*", "/caf/:path*", "/espace-pro/:path*"] };
