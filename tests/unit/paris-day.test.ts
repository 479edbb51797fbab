import { describe, expect, it } from "vitest";
import { parisDay } from "@/lib/validation/paris-day";

const direct = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Paris",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

describe("@proximity Paris calendar day", () => {
  it("@proximity gives Intl's day for every quarter hour of two years, daylight saving changes included", () => {
    const start = Date.UTC(2026, 0, 1);
    const mismatches: string[] = [];
    // Twice over: the first pass fills the remembered hours, the second reads them.
    for (let pass = 0; pass < 2; pass++)
      for (let time = start; time < start + 2 * 365 * 86_400_000; time += 15 * 60_000) {
        const instant = new Date(time + 7_000);
        if (parisDay(instant) !== direct.format(instant)) mismatches.push(instant.toISOString());
      }
    expect(mismatches).toEqual([]);
    // Around midnight in Paris, winter (UTC+1) and summer (UTC+2).
    expect(parisDay(new Date("2026-01-15T22:59:59Z"))).toBe("2026-01-15");
    expect(parisDay(new Date("2026-01-15T23:00:00Z"))).toBe("2026-01-16");
    expect(parisDay(new Date("2026-07-15T21:59:59Z"))).toBe("2026-07-15");
    expect(parisDay(new Date("2026-07-15T22:00:00Z"))).toBe("2026-07-16");
  });
});
