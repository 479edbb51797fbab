import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/auth-options";

// next-auth 4 types its App Router handler as `any`; this is the signature Next calls it with.
const handler = NextAuth(authOptions) as (
  request: Request,
  context: { params: Promise<{ nextauth: string[] }> },
) => Promise<Response>;

export { handler as GET, handler as POST };
