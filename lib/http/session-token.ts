// The session token's encoding, as next-auth 4 writes it (A256GCM JWE, key derived from the secret with
// HKDF), with the key derived once per process instead of at every call: a signed-in request decodes its
// token three times (proxy, getServerSession, request log), and each next-auth decode re-ran HKDF (issue 23).
// Tokens are unchanged: those next-auth wrote are read, and next-auth reads these.
// No `server-only`: proxy.ts and scripts/production-server.ts (the request log) use it.
import { hkdf, randomUUID } from "node:crypto";
import { EncryptJWT, jwtDecrypt } from "jose";
import { getToken, type JWT, type JWTDecodeParams, type JWTEncodeParams } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { sessionCookieName } from "@/lib/http/session-cookie";

const DEFAULT_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
const derivedKeys = new Map<string, Promise<Uint8Array>>();

function derivedEncryptionKey(secret: string | Buffer, salt: string): Promise<Uint8Array> {
  const id = `${salt}\u0000${typeof secret === "string" ? secret : secret.toString("hex")}`;
  let key = derivedKeys.get(id);
  if (!key) {
    key = new Promise<Uint8Array>((resolve, reject) =>
      hkdf(
        "sha256",
        secret,
        salt,
        `NextAuth.js Generated Encryption Key${salt ? ` (${salt})` : ""}`,
        32,
        (error, derived) => (error ? reject(error) : resolve(new Uint8Array(derived))),
      ),
    );
    derivedKeys.set(id, key);
  }
  return key;
}

export async function encodeSessionToken({
  token,
  secret,
  maxAge = DEFAULT_MAX_AGE_SECONDS,
  salt = "",
}: JWTEncodeParams): Promise<string> {
  return new EncryptJWT(token ?? {})
    .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
    .setIssuedAt()
    .setExpirationTime(Math.trunc(Date.now() / 1000) + maxAge)
    .setJti(randomUUID())
    .encrypt(await derivedEncryptionKey(secret, salt));
}

export async function decodeSessionToken({ token, secret, salt = "" }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null;
  const { payload } = await jwtDecrypt(token, await derivedEncryptionKey(secret, salt), { clockTolerance: 15 });
  return payload as JWT;
}

/**
 * The request's session cookie (next-auth's `__Secure-` one when the browser holds it) and its token, decoded:
 * null without the cookie, or when it does not decode.
 */
export async function readSessionToken(request: NextRequest, secret: string | undefined) {
  const secure = request.cookies.has(sessionCookieName(true));
  const cookieName = sessionCookieName(secure);
  const token = request.cookies.has(cookieName)
    ? await getToken({ req: request, secret, secureCookie: secure, decode: decodeSessionToken })
    : null;
  return { secure, cookieName, token };
}
