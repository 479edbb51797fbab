import { describe, expect, it } from "vitest";
import { anniversaryOnOrAfter, earliestTerminationDate, terminationDateProblem } from "@/lib/conventions/lifecycle";
import { CONVENTION_TRANSITIONS } from "@/lib/conventions/convention-state-machine";
import { HABILITATION_TRANSITIONS, canTransition } from "@/lib/habilitation/habilitation-state-machine";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("@habilitation convention anniversaries and termination", () => {
  it("@habilitation renews tacitly every year from the signature date", () => {
    expect(anniversaryOnOrAfter(day("2025-03-15"), day("2026-01-10"))).toEqual(day("2026-03-15"));
    expect(anniversaryOnOrAfter(day("2025-03-15"), day("2026-03-15"))).toEqual(day("2026-03-15"));
    expect(anniversaryOnOrAfter(day("2025-03-15"), day("2026-03-16"))).toEqual(day("2027-03-15"));
    expect(anniversaryOnOrAfter(day("2025-03-15"), day("2025-04-01"))).toEqual(day("2026-03-15"));
  });

  it("@habilitation needs three months' notice before an anniversary", () => {
    expect(earliestTerminationDate(day("2025-03-15"), day("2025-12-15"))).toEqual(day("2026-03-15"));
    expect(earliestTerminationDate(day("2025-03-15"), day("2025-12-16"))).toEqual(day("2027-03-15"));
    expect(terminationDateProblem(day("2025-03-15"), day("2025-12-01"), day("2026-03-15"))).toBeNull();
    expect(terminationDateProblem(day("2025-03-15"), day("2026-01-01"), day("2026-03-15"))).toMatch(/trois mois/);
    expect(terminationDateProblem(day("2025-03-15"), day("2025-06-01"), day("2026-03-14"))).toMatch(/anniversaire/);
  });

  it("@habilitation state machines allow only the documented moves", () => {
    expect(canTransition("RECEIVED", "IN_REVIEW")).toBe(true);
    expect(canTransition("RECEIVED", "ACTIVE")).toBe(false);
    expect(canTransition("REFUSED", "IN_REVIEW")).toBe(false);
    expect(HABILITATION_TRANSITIONS.ACTIVE).toEqual([]);
    expect(CONVENTION_TRANSITIONS.TERMINATED).toEqual([]);
    expect(CONVENTION_TRANSITIONS.SENT).toEqual(["SIGNED"]);
  });
});
