import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound } from "next/navigation";
import { AccessDeniedError, requirePageUser } from "@/lib/auth/session";
import { getFacilityImport } from "@/lib/catalogue/get-facility-import";
import { IMPORT_STATE_NAMES } from "@/lib/catalogue/import-state-names";
import { ActionForm } from "@/components/forms/action-form";
import { ImportProgress } from "@/components/catalogue/import-progress";
import { startImportAction } from "../../actions";
import { DataTable, DataTableRow } from "@/components/data-table";

export const metadata: Metadata = { title: "Import de structures" };

export default async function ImportJobPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser("/caf", `/caf/structures/import/${id}`);
  const job = await getFacilityImport(user, id, { withErrors: true }).catch((error: unknown) => {
    if (error instanceof AccessDeniedError) notFound();
    throw error;
  });
  const done = job.state === "done";
  const figures = [
    { label: done ? "créées" : "à créer", value: job.counts.create },
    { label: done ? "modifiées" : "à modifier", value: job.counts.update },
    { label: "inchangées", value: job.counts.unchanged },
    { label: "en erreur", value: job.errorCount },
  ];
  return (
    <div className="space-y-8">
      <div>
        <p className="text-sm">
          <Link href="/caf/structures/import">Importer des structures</Link>
        </p>
        <h1 className="mt-2 text-3xl font-bold">Import du fichier « {job.fileName} »</h1>
        <p className="mt-1">
          {job.lineCount.toLocaleString("fr-FR")} lignes — <strong>{IMPORT_STATE_NAMES[job.state]}</strong>
        </p>
      </div>

      <ul className="grid gap-4 sm:grid-cols-4" aria-label="Résultat par ligne">
        {figures.map((figure) => (
          <li key={figure.label} className="card">
            <p className="text-3xl font-bold">{figure.value.toLocaleString("fr-FR")}</p>
            <p>{figure.label}</p>
          </li>
        ))}
      </ul>
      <p>
        <a href={`/caf/structures/import/${job.id}/rapport`} download>
          Télécharger le rapport ligne par ligne (CSV)
        </a>
      </p>

      {job.state === "running" && (
        <ImportProgress
          jobId={job.id}
          initial={{ state: job.state, processed: job.processed, total: job.validCount }}
        />
      )}
      {job.state === "done" && (
        <p role="status" className="notice-success">
          Import terminé : {job.counts.create} structure(s) créée(s), {job.counts.update} modifiée(s),{" "}
          {job.counts.unchanged} inchangée(s).
        </p>
      )}
      {(job.state === "failed" || job.state === "interrupted") && (
        <p role="alert" className="notice-error">
          {job.lastError ?? "L'import a été interrompu ; aucune structure n'a été créée ni modifiée."}
        </p>
      )}

      {job.errorCount > 0 ? (
        <section aria-labelledby="erreurs" className="space-y-4">
          <h2 id="erreurs" className="text-xl font-bold">
            Lignes en erreur ({job.errorCount})
          </h2>
          <p>
            Rien n'a été importé. Corrigez ces lignes dans votre fichier puis{" "}
            <Link href="/caf/structures/import">déposez-le de nouveau</Link>.
          </p>
          <DataTable caption="Lignes refusées et motif" columns={["Ligne", "Identifiant", "Nom", "Motif"]}>
            {job.errors.map((error) => (
              <DataTableRow key={error.line}>
                <td className="p-2">{error.line}</td>
                <td className="p-2">{error.externalId || "—"}</td>
                <td className="p-2">{error.name || "—"}</td>
                <td className="p-2">{error.reason}</td>
              </DataTableRow>
            ))}
          </DataTable>
          {job.errorCount > job.errors.length && (
            <p>Les {job.errors.length} premières lignes sont affichées ; le rapport CSV les contient toutes.</p>
          )}
        </section>
      ) : (
        (job.state === "preview" || job.state === "failed" || job.state === "interrupted") && (
          <section aria-labelledby="lancer" className="card space-y-4">
            <h2 id="lancer" className="text-xl font-bold">
              Lancer l'import
            </h2>
            <p>
              Toutes les lignes sont valides. L'import est réalisé en entier ou pas du tout ; chaque structure créée ou
              modifiée porte votre numéro d'identification.
            </p>
            <ActionForm
              action={startImportAction.bind(null, job.id)}
              submitLabel="Lancer l'import"
              pendingLabel="Lancement…"
            />
          </section>
        )
      )}
    </div>
  );
}
