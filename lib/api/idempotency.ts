import "server-only";
import { createHash } from "node:crypto";
import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { problem } from "./problem";
import { idempotencyKeySchema } from "./v1-schemas";

/**
 * Idempotency-Key support: the first answer to a key is stored, and replaying the same request
 * returns it unchanged (no second publication); reusing the key for another request is refused.
 */
export async function withIdempotency(
  request: Request,
  apiKeyId: string,
  rawBody: string,
  work: () => Promise<{ status: number; body: Prisma.InputJsonValue }>,
): Promise<Response> {
  const idempotencyKey = request.headers.get("idempotency-key");
  const run = async () => {
    const result = await work();
    return { ...result, replayed: false };
  };
  if (!idempotencyKey) {
    const result = await run();
    return NextResponse.json(result.body, { status: result.status });
  }
  const instance = new URL(request.url).pathname;
  if (!idempotencyKeySchema.safeParse(idempotencyKey).success)
    return problem(
      "validation",
      "En-tête Idempotency-Key invalide : 8 à 100 caractères parmi lettres, chiffres, « - », « _ », « . » et « : ».",
      { instance },
    );
  const key = `${apiKeyId}:${idempotencyKey}`;
  const requestHash = createHash("sha256").update(`${request.method} ${instance}\n${rawBody}`).digest("hex");
  // The key is claimed atomically: a concurrent request with the same key waits on this transaction's
  // advisory lock, then finds the stored answer and replays it (one publication, identical answers).
  const outcome = await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`idempotency:${key}`}, 0))`;
      const previous = await tx.idempotencyRecord.findUnique({ where: { key } });
      if (previous) return { replay: previous } as const;
      const result = await run();
      await tx.idempotencyRecord.create({
        data: { key, requestHash, statusCode: result.status, responseBody: result.body },
      });
      return { fresh: result } as const;
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
  if (outcome.fresh) return NextResponse.json(outcome.fresh.body, { status: outcome.fresh.status });
  const previous = outcome.replay;
  if (previous.requestHash !== requestHash)
    return problem("unprocessable", "Cette clé d'idempotence a déjà servi pour une autre requête.", { instance });
  return NextResponse.json(previous.responseBody, {
    status: previous.statusCode,
    headers: { "Idempotent-Replayed": "true" },
  });
}
