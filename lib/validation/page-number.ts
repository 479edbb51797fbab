import { z } from "zod";

/** A list's page from the address: an unreadable or out-of-range number gives the first page, not an error. */
export const pageNumberSchema = z.coerce.number().int().min(1).max(10_000).catch(1).default(1);
