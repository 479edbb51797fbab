import { describe, expect, it } from "vitest";
import { z } from "zod";
import { pageNumberSchema } from "@/lib/validation/page-number";

// The validation queue's two pagers (`page`, `pagePhotos`) and every paged list read their page this way.
describe("@legal page number from the address", () => {
  it("@legal a readable page is kept; anything else gives the first page, never an error", () => {
    const pages = z.object({ page: pageNumberSchema, pagePhotos: pageNumberSchema });
    expect(pages.parse({ page: "3", pagePhotos: "2" })).toEqual({ page: 3, pagePhotos: 2 });
    for (const given of [undefined, "", "abc", "0", "-2", "2.5", "10001", "1e9", ["2", "3"]])
      expect(pages.parse({ page: given }), String(given)).toEqual({ page: 1, pagePhotos: 1 });
  });
});
