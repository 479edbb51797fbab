import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { findConventionOfRequest } from "@/lib/conventions/find-convention-of-request";
import { partySignatureSchema } from "@/lib/conventions/party-signature";
import { signConvention } from "@/lib/conventions/sign-convention";
import { findRequestInScope } from "./find-request-in-scope";
import { transitionRequest } from "./transition-request";

/** One party signed the convention; with the second signature, the request moves to "signed". */
export async function recordConventionSignature(actor: SessionUser, requestId: string, input: unknown) {
  const signature = partySignatureSchema.parse(input);
  return db.$transaction(async (tx) => {
    const request = await findRequestInScope(actor, requestId, tx);
    const convention = await findConventionOfRequest(requestId, tx);
    const { signed } = await signConvention(tx, actor, convention, signature);
    if (signed) await transitionRequest(tx, request, "SIGNED", actor);
    return { signed };
  });
}
