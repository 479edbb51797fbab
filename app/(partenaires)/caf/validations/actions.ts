"use server";

import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { runFormAction } from "@/lib/forms/run-form-action";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { approveOperatingInfo } from "@/lib/operating-info/approve-operating-info";
import { rejectOperatingInfo } from "@/lib/operating-info/reject-operating-info";
import { approveFacilityPhoto } from "@/lib/facility-photo/approve-facility-photo";
import { rejectFacilityPhoto } from "@/lib/facility-photo/reject-facility-photo";

const CAF_ROLES = ["CAF_AGENT", "CNAF_ADMIN"] as const;

export async function approveOperatingInfoAction(
  versionId: string,
  _state: FormState,
  _form: FormData,
): Promise<FormState> {
  const state = await runFormAction(
    async () => approveOperatingInfo(await requireRole(CAF_ROLES), versionId),
    "La version est validée : elle est publiée et le partenaire en est informé.",
  );
  // The forms disappear once the version is reviewed: the outcome is shown by the page itself.
  if (state.status === "success") redirect(`/caf/validations/${versionId}?issue=validee`);
  return state;
}

export async function rejectOperatingInfoAction(
  versionId: string,
  _state: FormState,
  form: FormData,
): Promise<FormState> {
  const state = await runFormAction(
    async () => rejectOperatingInfo(await requireRole(CAF_ROLES), versionId, formValues(form)),
    "La version est refusée : le motif est envoyé au partenaire, la version publiée reste en ligne.",
  );
  if (state.status === "success") redirect(`/caf/validations/${versionId}?issue=refusee`);
  return { ...state, values: formValues(form) };
}

export async function approveFacilityPhotoAction(
  photoId: string,
  _state: FormState,
  _form: FormData,
): Promise<FormState> {
  const state = await runFormAction(
    async () => approveFacilityPhoto(await requireRole(CAF_ROLES), photoId),
    "La photo est validée : elle est publiée et le partenaire en est informé.",
  );
  // The photo leaves the queue once reviewed: the queue page announces the outcome.
  if (state.status === "success") redirect("/caf/validations?photo=validee");
  return state;
}

export async function rejectFacilityPhotoAction(
  photoId: string,
  _state: FormState,
  form: FormData,
): Promise<FormState> {
  const state = await runFormAction(
    async () => rejectFacilityPhoto(await requireRole(CAF_ROLES), photoId, formValues(form)),
    "La photo est refusée : le motif est envoyé au partenaire, la photo publiée reste en ligne.",
  );
  if (state.status === "success") redirect("/caf/validations?photo=refusee");
  return { ...state, values: formValues(form) };
}
