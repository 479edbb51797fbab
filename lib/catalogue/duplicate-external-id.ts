import "server-only";
import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";

/** Turns the (cafId, externalId) unique violation into a field error instead of a 500. */
export async function duplicateExternalIdGuard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new z.ZodError([
        {
          code: "custom",
          path: ["externalId"],
          message: "Cet identifiant est déjà utilisé par une autre structure de cette Caf.",
          input: null,
        },
      ]);
    }
    throw error;
  }
}
