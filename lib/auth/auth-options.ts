import "server-only";
import type { Account, NextAuthOptions, User } from "next-auth";
import type { JWT } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import { env, isProduction } from "@/lib/env";
import { authenticate } from "@/lib/auth/authenticate";
import { endSessionsOnSignOut } from "@/lib/auth/end-sessions-on-sign-out";
import { currentRequestInfo, requestInfoFrom } from "@/lib/auth/request-info";
import { completeSignInChallenge } from "@/lib/auth/second-factor/complete-sign-in-challenge";
import {
  isProConnectConfigured,
  PROCONNECT_PROVIDER_ID,
  proConnectProvider,
} from "@/lib/auth/oidc/proconnect-provider";
import { signInWithProConnect } from "@/lib/auth/oidc/sign-in-with-proconnect";
import { nowInSeconds } from "@/lib/auth/session-policy";
import { decodeSessionToken, encodeSessionToken } from "@/lib/http/session-token";
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
    // Kept for RP-initiated logout (id_token_hint) when the session came from ProConnect.
    oidcIdToken?: string;
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
  jwt: { encode: encodeSessionToken, decode: decodeSessionToken },
  useSecureCookies: isProduction && env.APP_URL.startsWith("https://"),
  pages: { signIn: "/connexion", error: "/connexion" },
  providers: [
    CredentialsProvider({
      name: "Identifiant et mot de passe",
      credentials: {
        email: { label: "Adresse électronique", type: "email" },
        password: { label: "Mot de passe", type: "password" },
        // Second step for staff with a second factor: the token given after the password, and the code.
        challenge: { type: "hidden" },
        code: { label: "Code", type: "text" },
      },
      async authorize(credentials, req) {
        const headers = (req.headers ?? {}) as Record<string, string | undefined>;
        const request = requestInfoFrom((name) => headers[name]);
        return credentials?.challenge
          ? completeSignInChallenge(credentials, request)
          : authenticate(credentials, request);
      },
    }),
    ...(isProConnectConfigured() ? [proConnectProvider()] : []),
  ],
  callbacks: {
    async signIn({ user, account, profile }) {
      if (account?.provider !== PROCONNECT_PROVIDER_ID) return true;
      const outcome = await signInWithProConnect(profile, await currentRequestInfo());
      if (!outcome.ok) return `/connexion?error=${outcome.error}`;
      // The session is built from our own account, not from the provider's profile.
      Object.assign(user, outcome.user);
      return true;
    },
    // next-auth types `user` as always given: it is only there on the call that follows a sign-in.
    jwt({ token, user, account }: { token: JWT; user?: User; account: Account | null }) {
      if (user) {
        if (account?.provider === PROCONNECT_PROVIDER_ID) token.oidcIdToken = account.id_token;
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
    // next-auth types `token` as always given: it is null when the cookie no longer decodes.
    async signOut({ token }: { token: JWT | null }) {
      if (token) await endSessionsOnSignOut(token);
    },
  },
};
