import { z } from "zod";
import { pageNumberSchema } from "@/lib/validation/page-number";
import { statusFilterSchema } from "@/lib/habilitation/status-filter";

// What waits for the Caf: everything but closed requests.
export const OPEN_REQUEST_STATUSES = [
  "RECEIVED",
  "IN_REVIEW",
  "CHANGES_REQUESTED",
  "CONVENTION_SENT",
  "SIGNED",
] as const;

/** The desk's filters, from the URL: anything unexpected falls back to "no filter" rather than an error. */
export const deskQuerySchema = z.object({
  status: statusFilterSchema,
  assignee: z
    .union([z.literal("moi"), z.literal("personne"), z.string().regex(/^[a-z0-9]{20,40}$/)])
    .optional()
    .catch(undefined),
  minDays: z.coerce.number().int().min(0).max(3650).optional().catch(undefined),
  sort: z.enum(["anciennete", "recence"]).catch("anciennete").default("anciennete"),
  page: pageNumberSchema,
});

export type DeskQuery = z.output<typeof deskQuerySchema>;

/** The filters as URL parameters (pagination and export links keep them). */
export function deskQueryParams(query: DeskQuery): Record<string, string> {
  const params: Record<string, string> = { sort: query.sort };
  if (query.status) params.status = query.status;
  if (query.assignee) params.assignee = query.assignee;
  if (query.minDays !== undefined) params.minDays = String(query.minDays);
  return params;
}
