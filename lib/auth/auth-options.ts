import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env, isProduction } from "@/lib/env";
import { db } from "@/lib/db";
import { authenticate } from "@/lib/auth/authenticate";
import { requestInfoFrom } from "@/lib/auth/request-info";
import { nowInSeconds } from "@/lib/auth/session-policy";
import type { Role } from "@/lib/generated/prisma/enums";

/* eslint-disable @typescript-eslint/consistent-type-definitions -- augmenting a library's types takes interfaces (declaration merging) */
declare module "next-auth" {
  interface User {
    role: Role;
    sessionVersion: number;
  }
  interface Session {
    user: { id: string; email: string; name: string; role: Role };
    sessionVersion: number;
    loginAt: number;
    lastActivityAt: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    userId: string;
    role: Role;
    sessionVersion: number;
    // Seconds since the epoch: the absolute lifetime and the idle timeout are measured from these.
    loginAt: number;
    lastActivityAt: number;
  }
}
/* eslint-enable @typescript-eslint/consistent-type-definitions */

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  // Signed tokens, no server-side session store: any app instance can serve any request.
  session: { strategy: "jwt", maxAge: env.SESSION_MAX_AGE_MINUTES * 60 },
  useSecureCookies: isProduction && env.APP_URL.startsWith("https://"),
  pages: { signIn: "/connexion", error: "/connexion" },
  providers: [
    CredentialsProvider({
      name: "Identifiant et mot de passe",
      credentials: {
        email: { label: "Adresse électronique", type: "email" },
        password: { label: "Mot de passe", type: "password" },
      },
      async authorize(credentials, req) {
        const headers = (req?.headers ?? {}) as Record<string, string | undefined>;
        return authenticate(
          credentials,
          requestInfoFrom((name) => headers[name]),
        );
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.userId = user.id;
        token.role = user.role;
        token.sessionVersion = user.sessionVersion;
        token.loginAt = token.lastActivityAt = nowInSeconds();
      }
      return token;
    },
    session({ session, token }) {
      session.user = { id: token.userId, email: token.email ?? "", name: token.name ?? "", role: token.role };
      session.sessionVersion = token.sessionVersion;
      session.loginAt = token.loginAt;
      session.lastActivityAt = token.lastActivityAt;
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (!token?.userId) return;
      await db.connectionLog.create({ data: { event: "LOGOUT", identifier: token.email ?? "", userId: token.userId } });
    },
  },
};
