import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { readAtMost } from "@/lib/http/read-body";
import { MAX_SCAN_BYTES, SCAN_TOO_LARGE_MESSAGE } from "@/lib/conventions/scan-limit";
import { activateConvention } from "./activate-convention";

// The scan plus the form's other field and the multipart framing: a few hundred bytes, rounded up.
export const MAX_ACTIVATION_UPLOAD_BYTES = MAX_SCAN_BYTES + 64 * 1024;

/**
 * The activation form as posted to its route (a signed scan of up to 10 Mo does not fit a server action's
 * body): an announced size over the limit is refused before anything is read, and the body is streamed
 * and dropped as soon as it goes past it, so a huge upload costs neither memory nor a 500.
 */
export async function activateConventionFromUpload(actor: SessionUser, requestId: string, request: Request) {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_ACTIVATION_UPLOAD_BYTES)
    throw new DomainError(SCAN_TOO_LARGE_MESSAGE, 413);
  const body = await readAtMost(request, MAX_ACTIVATION_UPLOAD_BYTES).catch(() => {
    throw new DomainError("L'envoi du fichier a été interrompu : réessayez.", 400);
  });
  if (!body) throw new DomainError(SCAN_TOO_LARGE_MESSAGE, 413);
  const form = await new Response(new Uint8Array(body), {
    headers: { "Content-Type": request.headers.get("content-type") ?? "" },
  })
    .formData()
    .catch(() => {
      throw new DomainError("Le formulaire envoyé est illisible : réessayez depuis la page de la demande.", 400);
    });
  const scan = form.get("scan");
  await activateConvention(actor, requestId, {
    scan: scan instanceof File ? scan : undefined,
    paperCopyOnFile: form.get("paperCopyOnFile") ?? undefined,
  });
}
