import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { contentSecurityPolicyFor } from "@/lib/security/content-security-policy";

describe("@hardening callbackUrl", () => {
  it.each([
    "/\t/evil.example/",
    "/\n/evil.example/",
    "/\r/evil.example/",
    "/\\evil.example",
    "/\\/evil.example",
    "//evil.example/",
    "/%2F/evil.example",
    "http://evil.example/",
    "javascript:alert(1)",
    " /caf",
    "/caf\u0000",
  ])("@hardening refuses %j or turns it into a same-origin path", (payload) => {
    const kept = safeCallbackUrl(payload);
    if (kept !== null) {
      expect(kept.startsWith("/")).toBe(true);
      expect(kept.startsWith("//")).toBe(false);
      expect(new URL(kept, "https://monenfant.example").host).toBe("monenfant.example");
    }
  });

  it("@hardening keeps an ordinary path with its query and fragment, normalised", () => {
    expect(safeCallbackUrl("/caf/demandes?page=2#liste")).toBe("/caf/demandes?page=2#liste");
    expect(safeCallbackUrl("/caf/../espace-pro")).toBe("/espace-pro");
    expect(safeCallbackUrl("/\t/evil.example/")).toBeNull();
    expect(safeCallbackUrl("/\\evil.example")).toBeNull();
  });
});

describe("@hardening Content-Security-Policy", () => {
  const scriptSrc = (policy: string) => policy.split("; ").find((directive) => directive.startsWith("script-src"))!;

  it("@hardening gives the App Router's pages a fresh nonce and never 'unsafe-inline' for scripts", () => {
    const first = contentSecurityPolicyFor("/connexion", { production: true });
    const second = contentSecurityPolicyFor("/connexion", { production: true });
    expect(first.nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(second.nonce).not.toBe(first.nonce);
    expect(scriptSrc(first.policy)).toBe(`script-src 'self' 'nonce-${first.nonce}'`);
    expect(contentSecurityPolicyFor("/structures/abc/photo", { production: true }).nonce).not.toBeNull();
  });

  it("@hardening leaves the nonce out of the cacheable families' pages, and adds 'unsafe-eval' only in development", () => {
    for (const path of ["/", "/recherche", "/structures/abc"]) {
      const { policy, nonce } = contentSecurityPolicyFor(path, { production: true });
      expect(nonce).toBeNull();
      expect(scriptSrc(policy)).toBe("script-src 'self'");
    }
    const development = contentSecurityPolicyFor("/recherche", { production: false });
    expect(scriptSrc(development.policy)).toBe(`script-src 'self' 'nonce-${development.nonce}' 'unsafe-eval'`);
    expect(
      contentSecurityPolicyFor("/", { production: true, mapTileUrl: "https://{s}.tuiles.exemple.fr/{z}/{x}/{y}.png" })
        .policy,
    ).toContain("img-src 'self' data: blob: https://0.tuiles.exemple.fr");
    // The logout form's answer sends a ProConnect session to the provider's logout: a redirect form-action allows.
    expect(contentSecurityPolicyFor("/caf", { production: true }).policy).toContain("form-action 'self';");
    expect(
      contentSecurityPolicyFor("/caf", { production: true, identityProviderUrl: "https://auth.exemple.gouv.fr/api/v2" })
        .policy,
    ).toContain("form-action 'self' https://auth.exemple.gouv.fr;");
  });
});
