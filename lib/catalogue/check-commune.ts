import "server-only";
import { z } from "zod";
import type { Tx } from "@/lib/db";
import { communeProblem } from "./facility-schema";

/** Refuses, as a field error of the form, a commune outside the official list or the Caf's département. */
export async function checkCommune(
  tx: Tx,
  fields: { communeInsee: string; postcode: string },
  departementCode: string,
) {
  const commune = await tx.commune.findUnique({
    where: { inseeCode: fields.communeInsee },
    select: { inseeCode: true, name: true, postcodes: true, departementCode: true },
  });
  const problem = communeProblem(commune ?? undefined, fields, departementCode);
  if (problem)
    throw new z.ZodError([{ code: "custom", path: ["communeInsee"], message: problem, input: fields.communeInsee }]);
}
