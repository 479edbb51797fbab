import { describe, expect, it } from "vitest";
import { statusFilterSchema } from "@/lib/habilitation/status-filter";
import { deskQuerySchema } from "@/lib/desk/desk-query";
import { habilitationStatusField } from "@/components/list-filters";

describe("@codehealth request list filters", () => {
  it("@codehealth reads every status the select offers, and ignores an unknown one", () => {
    const field = habilitationStatusField(undefined, { label: "Statut", emptyLabel: "Tous" });
    expect(field.kind).toBe("select");
    if (field.kind !== "select") return;
    for (const status of Object.keys(field.options)) expect(statusFilterSchema.parse(status)).toBe(status);
    expect(statusFilterSchema.parse("PAS_UN_STATUT")).toBeUndefined();
    expect(deskQuerySchema.parse({ status: "CHANGES_REQUESTED" }).status).toBe("CHANGES_REQUESTED");
  });
});
