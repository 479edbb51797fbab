import "server-only";
import { z } from "zod";
import type { Tx } from "@/lib/db";
import { communeProblem } from "./facility-schema";
import { departementBox, locationProblem } from "./facility-location";

/**
 * Refuses, as a field error of the form, a commune outside the official list or the Caf's département, and a
 * precise point outside that département.
 */
export async function checkCommune(
  tx: Tx,
  fields: { communeInsee: string; postcode: string; latitude: number | null; longitude: number | null },
  departementCode: string,
) {
  const commune = await tx.commune.findUnique({
    where: { inseeCode: fields.communeInsee },
    select: { inseeCode: true, name: true, postcodes: true, departementCode: true },
  });
  const problem = communeProblem(commune ?? undefined, fields, departementCode);
  if (problem)
    throw new z.ZodError([{ code: "custom", path: ["communeInsee"], message: problem, input: fields.communeInsee }]);
  const misplaced = locationProblem(fields, await departementBox(departementCode, tx), departementCode);
  if (misplaced)
    throw new z.ZodError([{ code: "custom", path: ["latitude"], message: misplaced, input: fields.latitude }]);
}
