import { z } from "zod";
import { HabilitationStatus } from "@/lib/generated/prisma/enums";

/** The status filter of the Caf's request lists, from the URL: an unknown value means "no filter", not an error. */
export const statusFilterSchema = z.enum(HabilitationStatus).optional().catch(undefined);
