import { describe, expect, it } from "vitest";
import {
  formatLongDateTime,
  formatLongDay,
  formatMonth,
  formatShortDateTime,
  formatShortDay,
} from "@/lib/text/french-dates";

describe("@codehealth French dates", () => {
  it("@codehealth writes 1er for the first day of the month in long dates, plain numbers otherwise", () => {
    expect(formatLongDay(new Date("2025-12-01T10:00:00Z"))).toBe("1er décembre 2025");
    expect(formatLongDay(new Date("2025-12-11T10:00:00Z"))).toBe("11 décembre 2025");
    expect(formatLongDay(new Date("2025-12-21T10:00:00Z"))).toBe("21 décembre 2025");
    expect(formatLongDateTime(new Date("2026-03-01T13:05:00Z"))).toBe("1er mars 2026 à 14:05");
  });

  it("@codehealth reads instants in Paris time and stored days in UTC", () => {
    // 23:30 UTC on 30 November is already 1 December in Paris.
    const lateEvening = new Date("2025-11-30T23:30:00Z");
    expect(formatLongDay(lateEvening)).toBe("1er décembre 2025");
    expect(formatLongDay(lateEvening, "UTC")).toBe("30 novembre 2025");
    expect(formatShortDay(lateEvening)).toBe("01/12/2025");
    expect(formatShortDay(lateEvening, "UTC")).toBe("30/11/2025");
    expect(formatShortDateTime(new Date("2026-07-14T08:00:00Z"))).toBe("14/07/2026 10:00");
  });

  it("@codehealth names a month", () => {
    expect(formatMonth(new Date("2025-12-01T00:00:00Z"))).toBe("décembre 2025");
  });
});
