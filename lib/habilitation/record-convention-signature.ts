import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { findConventionOfRequest } from "@/lib/conventions/find-convention-of-request";
import { parseSignature, signConvention } from "@/lib/conventions/sign-convention";
import { findRequestInScope } from "./find-request-in-scope";
import { transitionRequest } from "./transition-request";

/** The signed convention came back: convention sent → signed. */
export async function recordConventionSignature(actor: SessionUser, requestId: string, input: unknown) {
  const signature = await parseSignature(input);
  await db.$transaction(async (tx) => {
    const request = await findRequestInScope(actor, requestId, tx);
    const convention = await findConventionOfRequest(requestId, tx);
    await signConvention(tx, actor, convention, signature);
    await transitionRequest(tx, request, "SIGNED", actor);
  });
}
