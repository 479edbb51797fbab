import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { publishAvailabilities } from "@/lib/availability/publish-availabilities";
import { earliestStartDay } from "@/lib/availability/availability-schema";
import { expireEndedAvailabilities } from "@/lib/availability/expire-ended-availabilities";
import { sessionUserByEmail } from "../support/users";

describe("@portal ended availabilities", () => {
  it("@portal an EAJE whose availabilities have all ended leaves the places-available filter, one still open stays", async () => {
    const director = await sessionUserByEmail("directrice.albret@demo.monenfant.fr");
    const [ending, lasting] = await Promise.all(
      ["DEMO-47-R01", "DEMO-47-R02"].map((externalId) => db.facility.findFirstOrThrow({ where: { externalId } })),
    );
    const start = earliestStartDay();
    const slot = {
      startDate: start,
      minAgeMonths: 3,
      maxAgeMonths: 30,
      careType: "REGULAR",
      weekdays: [1],
      startTime: "08:00",
      endTime: "17:00",
      places: 1,
    };
    await publishAvailabilities(director, ending!.id, {
      noPlaceAvailable: false,
      slots: [{ ...slot, endDate: start }],
    });
    await publishAvailabilities(director, lasting!.id, {
      noPlaceAvailable: false,
      slots: [{ ...slot, endDate: null }],
    });

    const dayAfterEnd = new Date(`${start}T12:00:00Z`);
    dayAfterEnd.setUTCDate(dayAfterEnd.getUTCDate() + 1);
    await expireEndedAvailabilities(new Date(`${start}T12:00:00Z`));
    expect((await db.facility.findUniqueOrThrow({ where: { id: ending!.id } })).hasAvailablePlaces).toBe(true);
    await expireEndedAvailabilities(dayAfterEnd);
    expect((await db.facility.findUniqueOrThrow({ where: { id: ending!.id } })).hasAvailablePlaces).toBe(false);
    expect((await db.facility.findUniqueOrThrow({ where: { id: lasting!.id } })).hasAvailablePlaces).toBe(true);
  });
});
