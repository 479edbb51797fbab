import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { db } from "@/lib/db";
import { POST as signOutRoute } from "@/app/(partenaires)/deconnexion/route";
import { encodeSessionToken } from "@/lib/http/session-token";

// The logout button is a form posted to /deconnexion (components/logout-button.tsx), so that it works without
// JavaScript and on the pages the production server writes as plain HTML (the Caf's request list).
const EMAIL = "deconnexion.agent@exemple.fr";

describe("@proximity signing out with the logout form", () => {
  let person: { id: string; sessionVersion: number };

  beforeAll(async () => {
    await db.user.deleteMany({ where: { email: EMAIL } });
    const caf = await db.caf.findUniqueOrThrow({ where: { departementCode: "47" } });
    person = await db.user.create({
      data: { email: EMAIL, firstName: "Noé", lastName: "Sortie", role: "CAF_AGENT", cafId: caf.id },
      select: { id: true, sessionVersion: true },
    });
  });

  afterAll(async () => {
    await db.connectionLog.deleteMany({ where: { userId: person.id } });
    await db.user.deleteMany({ where: { email: EMAIL } });
  });

  const post = (cookie?: string) =>
    signOutRoute(
      new NextRequest("http://127.0.0.1:3000/deconnexion", {
        method: "POST",
        headers: cookie ? { cookie } : {},
      }),
    );

  it("@proximity ends every session of the account, clears the cookie and goes home", async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = await encodeSessionToken({
      token: {
        userId: person.id,
        email: EMAIL,
        role: "CAF_AGENT",
        sessionVersion: 0,
        loginAt: now,
        lastActivityAt: now,
      },
      secret: process.env.NEXTAUTH_SECRET!,
    });
    const response = await post(`next-auth.session-token=${token}; autre=1`);
    expect(response.status).toBe(303);
    // A path: Next's request URL says "localhost" for 127.0.0.1, another origin for the form-action policy.
    expect(response.headers.get("location")).toBe("/");
    expect(response.headers.get("set-cookie")).toMatch(/^next-auth\.session-token=; Path=\/; Max-Age=0;/);
    expect(response.headers.get("set-cookie")).not.toContain("autre");
    const after = await db.user.findUniqueOrThrow({ where: { id: person.id } });
    expect(after.sessionVersion).toBe(person.sessionVersion + 1);
    expect(await db.connectionLog.count({ where: { userId: person.id, event: "LOGOUT" } })).toBe(1);
  });

  it("@proximity without a session, or with one that no longer reads, it only goes home", async () => {
    for (const cookie of [undefined, "next-auth.session-token=illisible"]) {
      const response = await post(cookie);
      expect(response.status).toBe(303);
      expect(response.headers.get("location")).toBe("/");
    }
    expect(await db.connectionLog.count({ where: { userId: person.id, event: "LOGOUT" } })).toBe(1);
  });
});
