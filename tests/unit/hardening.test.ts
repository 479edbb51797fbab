import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/lib/auth/callback-url";

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
