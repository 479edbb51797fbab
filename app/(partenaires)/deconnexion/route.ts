import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { readSessionToken } from "@/lib/http/session-token";
import { signOut } from "@/lib/auth/sign-out";

// The logout button's form (components/logout-button.tsx), which works without JavaScript. The proxy refuses it
// from another site (CSRF); an expired or absent session still ends here on the home page, signed out.
export async function POST(request: NextRequest) {
  const { secure, cookieName, token } = await readSessionToken(request, env.NEXTAUTH_SECRET);
  const { endSessionUrl } = await signOut(token);
  // 303: the browser follows with a GET, to the home page or to the provider's logout. The home page as a path:
  // Next's URL of the request names 127.0.0.1 "localhost", another origin that the policy's form-action refuses.
  const response = new NextResponse(null, {
    status: 303,
    headers: { location: endSessionUrl ?? "/", "cache-control": "no-store" },
  });
  // next-auth splits a large token into `name.0`, `name.1`…: every part goes.
  for (const { name } of request.cookies.getAll())
    if (name === cookieName || name.startsWith(`${cookieName}.`))
      response.cookies.set(name, "", { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge: 0 });
  return response;
}
