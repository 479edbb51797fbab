import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound } from "next/navigation";
import { AccessDeniedError, requirePageUser } from "@/lib/auth/session";
import { getOperatingInfoReview } from "@/lib/operating-info/get-operating-info-review";
import { ActionForm } from "@/components/forms/action-form";
import { ReasonField } from "@/components/forms/reason-field";
import { approveOperatingInfoAction, rejectOperatingInfoAction } from "../actions";
import { DataTable, DataTableRow, DataTableRowHeader } from "@/components/data-table";
import { formatLongDateTime } from "@/lib/text/french-dates";

export const metadata: Metadata = { title: "Validation des modalités de fonctionnement" };

const STATUS_NAMES: Record<string, string> = {
  PENDING: "En attente",
  PUBLISHED: "Validée et publiée",
  REJECTED: "Refusée",
  REPLACED: "Remplacée",
  WITHDRAWN: "Retirée",
  DRAFT: "Brouillon",
};

export default async function ValidationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ issue?: string }>;
}) {
  const { id } = await params;
  const { issue } = await searchParams;
  const user = await requirePageUser("/caf", `/caf/validations/${id}`);
  const review = await getOperatingInfoReview(user, id).catch((error: unknown) => {
    if (error instanceof AccessDeniedError) notFound();
    throw error;
  });
  const changed = review.diff.filter((row) => row.changed).length;
  return (
    <div className="space-y-8">
      <div>
        <p className="text-sm">
          <Link href="/caf/validations">Modalités à valider</Link>
        </p>
        <h1 className="mt-2 text-3xl font-bold">{review.facility.name}</h1>
        <p className="mt-1">
          Soumise {review.version.submittedAt ? `le ${formatLongDateTime(review.version.submittedAt)}` : ""} par{" "}
          {review.version.submitter} (n° {review.version.submittedByPersonalNumber}) —{" "}
          <strong>{STATUS_NAMES[review.version.status]}</strong>
        </p>
        {issue && (
          <p role="status" className="mt-2 notice-success">
            {issue === "validee"
              ? "La version est validée : elle est publiée et le partenaire en est informé."
              : "La version est refusée : le motif est envoyé au partenaire, la version publiée reste en ligne."}
          </p>
        )}
        {review.version.rejectionReason && <p className="mt-1">Motif du refus : {review.version.rejectionReason}</p>}
        <p className="mt-1">
          <Link href={`/caf/moderation/${review.facility.id}`}>Contenus publiés de la structure</Link>
        </p>
      </div>
      <section aria-labelledby="comparaison">
        <h2 id="comparaison" className="text-xl font-bold">
          Comparaison avec la version publiée
        </h2>
        <p className="mt-1">
          {review.publishedAt
            ? `Version publiée le ${formatLongDateTime(review.publishedAt)}. `
            : "Aucune version publiée : première publication. "}
          {changed} champ{changed > 1 ? "s" : ""} modifié{changed > 1 ? "s" : ""}.
        </p>
        <DataTable
          caption="Comparaison champ par champ ; les champs modifiés sont signalés"
          className="mt-2"
          columns={["Champ", "Version publiée", "Version soumise"]}
        >
          {review.diff.map((row) => (
            <DataTableRow key={row.key} className={row.changed ? "align-top bg-orange-50" : "align-top"}>
              <DataTableRowHeader className="font-bold">
                {row.label}
                {row.changed && <span className="block text-sm font-normal text-alerte">Modifié</span>}
              </DataTableRowHeader>
              <td className="whitespace-pre-line p-2">{row.before ?? "—"}</td>
              <td className="whitespace-pre-line p-2">{row.after ?? "—"}</td>
            </DataTableRow>
          ))}
        </DataTable>
      </section>
      {review.version.status === "PENDING" && (
        <div className="grid gap-6 md:grid-cols-2">
          <section aria-labelledby="valider" className="card">
            <h2 id="valider" className="mb-4 text-xl font-bold">
              Valider
            </h2>
            <p className="mb-4">La version soumise remplace immédiatement la version publiée.</p>
            <ActionForm
              action={approveOperatingInfoAction.bind(null, review.version.id)}
              submitLabel="Valider et publier"
            />
          </section>
          <section aria-labelledby="refuser" className="card">
            <h2 id="refuser" className="mb-4 text-xl font-bold">
              Refuser
            </h2>
            <ActionForm
              action={rejectOperatingInfoAction.bind(null, review.version.id)}
              submitLabel="Refuser la version"
              variant="secondary"
            >
              <ReasonField id="reject-reason" label="Motif du refus" />
            </ActionForm>
          </section>
        </div>
      )}
    </div>
  );
}
