import "server-only";
import { db } from "@/lib/db";
import { checkAddressPostcode } from "@/lib/territory/check-address-postcode";
import { postcodeMismatch } from "@/lib/territory/postcode-of-commune";
import { habilitationRequestSchema } from "./request-schema";

/**
 * The request form's rules, plus those the browser cannot check: the provider's postcode belongs to the
 * commune typed, a facility described outside the catalogue has a postcode of its commune. Parse it with
 * safeParseAsync; the lookups run once every other rule holds, their messages shown at the field.
 */
export const habilitationRequestRules = habilitationRequestSchema.superRefine(
  async (data, ctx) => {
    const address = await checkAddressPostcode(data.provider, { postcode: "Code postal", city: "Commune" });
    if (address) ctx.addIssue({ code: "custom", path: ["provider", address.field], message: address.message });
    if (data.type !== "STRUCTURES" || data.newFacilities.length === 0) return;
    const communes = await db.commune.findMany({
      where: { inseeCode: { in: data.newFacilities.map((facility) => facility.communeInsee) } },
      select: { inseeCode: true, name: true, postcodes: true },
    });
    const byCode = new Map(communes.map((commune) => [commune.inseeCode, commune]));
    data.newFacilities.forEach((facility, index) => {
      const commune = byCode.get(facility.communeInsee);
      // An unknown commune is refused with the others outside the Caf's département (writeRequestContent).
      const message = commune && postcodeMismatch("Code postal de la structure", facility.postcode, commune);
      if (message) ctx.addIssue({ code: "custom", path: ["newFacilities", index, "postcode"], message });
    });
  },
  { when: (payload) => payload.issues.length === 0 },
);
