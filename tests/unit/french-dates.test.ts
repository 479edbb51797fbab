import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import {
  formatLongDateTime,
  formatLongDay,
  formatMediumDateTime,
  formatMediumDay,
  formatMonth,
  formatShortDateTime,
  formatShortDateTimeWithSeconds,
  formatShortDay,
  frenchDay,
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

  it("@codehealth writes 1er in medium dates and date-times, in Paris time", () => {
    // 23:05 UTC on 30 November is five past midnight on 1 December in Paris.
    expect(formatMediumDateTime(new Date("2026-11-30T23:05:00Z"))).toBe("1er déc. 2026, 00:05");
    expect(formatMediumDateTime(new Date("2026-12-02T13:05:00Z"))).toBe("2 déc. 2026, 14:05");
    expect(formatMediumDay(new Date("2026-11-30T23:05:00Z"))).toBe("1er déc. 2026");
    expect(formatMediumDay(new Date("2026-12-11T10:00:00Z"))).toBe("11 déc. 2026");
  });

  it("@codehealth writes connection times to the second, Paris time, without ordinal", () => {
    expect(formatShortDateTimeWithSeconds(new Date("2026-12-01T13:05:09Z"))).toBe("01/12/2026 14:05:09");
    expect(formatShortDateTimeWithSeconds(new Date("2026-06-30T22:30:00Z"))).toBe("01/07/2026 00:30:00");
  });

  it("@codehealth reads a calendar day in UTC: it does not shift when it is 23:30 in Paris", () => {
    expect(frenchDay("2025-12-01")).toBe("1er décembre 2025");
    expect(frenchDay("2026-03-12")).toBe("12 mars 2026");
    expect(frenchDay(new Date("2025-12-01T00:00:00Z"))).toBe("1er décembre 2025");
    // 31 December stored at UTC midnight; 23:30 UTC that day is already 1 January in Paris, but the day
    // is still 31 December, and a date of effect stored at UTC midnight is still read as its own day.
    const newYearsEve = new Date("2025-12-31T00:00:00Z");
    expect(frenchDay(newYearsEve)).toBe("31 décembre 2025");
    expect(formatLongDay(newYearsEve, "UTC")).toBe("31 décembre 2025");
    expect(formatLongDay(new Date("2025-12-31T23:30:00Z"))).toBe("1er janvier 2026");
    expect(formatShortDay(new Date("2026-02-01T00:00:00Z"), "UTC")).toBe("01/02/2026");
  });

  it("@codehealth leaves no French date formatter outside lib/text/french-dates.ts", () => {
    // grep exits with 1 when nothing matches: that is the expected outcome for the forbidden calls.
    const grep = (pattern: string) => {
      try {
        return execFileSync(
          "grep",
          [
            "-rlE",
            "--include=*.ts",
            "--include=*.tsx",
            "--exclude-dir=generated",
            pattern,
            "app",
            "components",
            "lib",
            "emails",
          ],
          { encoding: "utf8" },
        )
          .split("\n")
          .filter(Boolean)
          .sort();
      } catch (error) {
        if ((error as { status?: number }).status === 1) return [];
        throw error;
      }
    };
    expect(grep('Intl\\.DateTimeFormat\\("fr')).toEqual(["lib/text/french-dates.ts"]);
    expect(grep("toLocale(Date|Time)String")).toEqual([]);
  });
});
