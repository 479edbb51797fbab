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
    expect(CONVENTION_TRANSITIONS.SENT).toEqual(["SIGNED", "CANCELLED"]);
    expect(CONVENTION_TRANSITIONS.CANCELLED).toEqual([]);
  });
});

describe("@legal termination dates around 29 February", () => {
  it("@legal a convention signed on 29 February has its anniversary on 28 February in common years", () => {
    const signed = day("2024-02-29");
    expect(anniversaryOnOrAfter(signed, day("2024-12-01"))).toEqual(day("2025-02-28"));
    expect(anniversaryOnOrAfter(signed, day("2027-03-01"))).toEqual(day("2028-02-29"));
    expect(terminationDateProblem(signed, day("2024-11-15"), day("2025-02-28"))).toBeNull();
    expect(terminationDateProblem(signed, day("2024-11-15"), day("2025-03-01"))).toMatch(/date anniversaire/);
    expect(terminationDateProblem(signed, day("2027-11-29"), day("2028-02-29"))).toBeNull();
  });

  it("@legal three months' notice before an anniversary, counted from the receipt of the registered letter", () => {
    const signed = day("2025-05-31");
    // Received on 28 February: three months later is 28 May, before the 31 May anniversary.
    expect(earliestTerminationDate(signed, day("2026-02-28"))).toEqual(day("2026-05-31"));
    // Received on 1 March: 1 June is past the anniversary, so the next one.
    expect(earliestTerminationDate(signed, day("2026-03-01"))).toEqual(day("2027-05-31"));
    // 30 November + 3 months is 28 February (not 2 March).
    expect(earliestTerminationDate(day("2025-02-28"), day("2025-11-30"))).toEqual(day("2026-02-28"));
    expect(earliestTerminationDate(day("2025-02-28"), day("2025-12-01"))).toEqual(day("2027-02-28"));
  });
});
