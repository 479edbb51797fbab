import { describe, expect, it } from "vitest";
import { decode, encode, type JWT } from "next-auth/jwt";
import { decodeSessionToken, encodeSessionToken } from "@/lib/http/session-token";

const secret = "unit-test-secret-0123456789abcdefghijklmnopqrstuvwxyz";
const claims: JWT = { userId: "u1", role: "CAF_AGENT", sessionVersion: 3, loginAt: 1, lastActivityAt: 2 };

describe("@proximity session token with the key derived once", () => {
  it("@proximity reads next-auth's tokens and writes tokens next-auth reads", async () => {
    const fromNextAuth = await encode({ token: claims, secret, maxAge: 600 });
    expect(await decodeSessionToken({ token: fromNextAuth, secret })).toMatchObject(claims);
    const ours = await encodeSessionToken({ token: claims, secret, maxAge: 600 });
    const read = await decode({ token: ours, secret });
    expect(read).toMatchObject(claims);
    expect(Number(read!.exp) - Number(read!.iat)).toBe(600);
    expect(read!.jti).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("@proximity refuses a token sealed with another secret, a salt of its own or past its expiry", async () => {
    const token = await encodeSessionToken({ token: claims, secret, maxAge: 600 });
    await expect(decodeSessionToken({ token, secret: `${secret}-other` })).rejects.toThrow();
    await expect(decodeSessionToken({ token, secret, salt: "other" })).rejects.toThrow();
    const expired = await encodeSessionToken({ token: claims, secret, maxAge: -60 });
    await expect(decodeSessionToken({ token: expired, secret })).rejects.toThrow();
    expect(await decodeSessionToken({ token: undefined, secret })).toBeNull();
  });
});
