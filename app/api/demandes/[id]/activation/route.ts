import { revalidatePath } from "next/cache";
import { AccessDeniedError, requireRole, type SessionUser } from "@/lib/auth/session";
import { runFormAction } from "@/lib/forms/run-form-action";
import { isCrossSiteWrite } from "@/lib/security/same-origin";
import { findRequestInScope } from "@/lib/habilitation/find-request-in-scope";
import { activateConventionFromUpload } from "@/lib/habilitation/activate-convention-from-upload";

export const dynamic = "force-dynamic";

// The activation form of /caf/demandes/[id] (components/habilitation/activation-form.tsx). Outside the proxy
// (see its matcher), which would buffer the whole upload first: the CSRF check is made here instead.
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (isCrossSiteWrite(request))
    return Response.json(
      { status: "error", message: "Requête refusée : elle ne provient pas de ce site." },
      { status: 403 },
    );
  let actor: SessionUser;
  try {
    actor = await requireRole(["CAF_AGENT", "CNAF_ADMIN"]);
    // Out of scope: refused before a byte of the upload is read.
    await findRequestInScope(actor, id);
  } catch (error) {
    if (error instanceof AccessDeniedError)
      return Response.json({ status: "error", message: error.message }, { status: error.status });
    throw error;
  }
  const state = await runFormAction(
    () => activateConventionFromUpload(actor, id, request),
    "Les comptes sont créés ; chaque personne reçoit son mot de passe par courriel.",
  );
  if (state.status === "success") revalidatePath(`/caf/demandes/${id}`);
  return Response.json(state, { status: state.status === "success" ? 200 : 422 });
}
