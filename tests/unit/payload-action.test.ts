import { describe, expect, it } from "vitest";
import { availabilitySetSchema } from "@/lib/availability/availability-schema";
import { DomainError } from "@/lib/errors";
import { runPayloadAction } from "@/lib/forms/run-payload-action";

describe("@codehealth payload action result", () => {
  it("@codehealth answers zod issues as field errors keyed by path, first message per field", async () => {
    const result = await runPayloadAction(
      () => availabilitySetSchema.parseAsync({ noPlaceAvailable: false, slots: [{ places: -1 }] }),
      "Publié.",
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toBe("Le formulaire contient des erreurs.");
    expect(Object.keys(result.fieldErrors ?? {})).toContain("slots.0.places");
    expect(Object.values(result.fieldErrors ?? {}).every((message) => message.length > 0)).toBe(true);
  });

  it("@codehealth answers a refused action with its French message and no field errors", async () => {
    const result = await runPayloadAction(() => Promise.reject(new DomainError("Structure fermée.", 409)), "Publié.");
    expect(result).toEqual({ ok: false, message: "Structure fermée." });
  });
});
