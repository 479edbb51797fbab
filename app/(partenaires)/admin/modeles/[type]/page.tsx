import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/session";
import { listConventionTemplates } from "@/lib/admin/list-convention-templates";
import { CONVENTION_TYPE_NAMES, conventionTypeSchema } from "@/lib/admin/convention-template-schema";
import { ActionForm } from "@/components/forms/action-form";
import { publishTemplateAction, saveTemplateDraftAction } from "../../actions";
import { DataTable, DataTableRow } from "@/components/data-table";
import { formatShortDateTime } from "@/lib/text/french-dates";

export const metadata: Metadata = { title: "Modèle de convention" };

export default async function TemplatePage({
  params,
  searchParams,
}: {
  params: Promise<{ type: string }>;
  searchParams: Promise<{ publiee?: string }>;
}) {
  const { type: slug } = await params;
  const { publiee } = await searchParams;
  const user = await requirePageUser("/admin", `/admin/modeles/${slug}`);
  const type = conventionTypeSchema.safeParse(slug.toUpperCase()).data;
  if (!type) notFound();
  const { versions, draft, current } = await listConventionTemplates(user, type);
  const editing = draft ?? current;
  const previewBase = `/admin/modeles/${slug}/apercu`;
  return (
    <div className="space-y-8">
      <div>
        <p className="text-sm">
          <Link href="/admin/modeles">Modèles de convention</Link>
        </p>
        <h1 className="mt-2 text-3xl font-bold">Modèle « {CONVENTION_TYPE_NAMES[type]} »</h1>
        <p className="mt-1">
          Version en vigueur :{" "}
          {current?.publishedAt
            ? `${current.version}, publiée le ${formatShortDateTime(current.publishedAt)}`
            : "aucune"}
          {draft && <> — brouillon en cours : version {draft.version}</>}
        </p>
        {publiee && current && String(current.version) === publiee && (
          <p role="status" className="mt-2 notice-success">
            La version {current.version} est publiée : les prochaines conventions l'utiliseront ; les conventions déjà
            produites gardent leur version.
          </p>
        )}
      </div>

      <section aria-labelledby="edition" className="card space-y-4">
        <h2 id="edition" className="text-xl font-bold">
          {draft
            ? `Modifier le brouillon (version ${draft.version})`
            : `Préparer la version ${(current?.version ?? 0) + 1}`}
        </h2>
        <p>
          Une première ligne facultative donne l'objet de la convention (imprimé sous le titre) ; chaque article
          commence ensuite par une ligne « ## Article n — Titre », chaque sous-article par « ### Article n-m — Titre ».
          Les parties, les blocs de signature et l'annexe 1 sont ajoutés automatiquement. Les conventions déjà produites
          gardent la version avec laquelle elles l'ont été ; la nouvelle version ne s'applique qu'une fois publiée.
        </p>
        <ActionForm action={saveTemplateDraftAction.bind(null, type)} submitLabel="Enregistrer le brouillon">
          <div>
            <label htmlFor="title" className="field-label">
              Titre de la convention
            </label>
            <input
              type="text"
              id="title"
              name="title"
              defaultValue={editing?.title ?? ""}
              maxLength={200}
              className="field-input"
            />
          </div>
          <div>
            <label htmlFor="body" className="field-label">
              Articles
            </label>
            <textarea
              id="body"
              name="body"
              defaultValue={editing?.body ?? ""}
              rows={24}
              className="field-input font-mono text-sm"
            />
          </div>
        </ActionForm>
      </section>

      {draft && (
        <section aria-labelledby="publication" className="card space-y-4">
          <h2 id="publication" className="text-xl font-bold">
            Publier la version {draft.version}
          </h2>
          <p>
            <a href={`${previewBase}?version=${draft.version}`}>Aperçu PDF du brouillon (version {draft.version})</a>
          </p>
          <ActionForm
            action={publishTemplateAction.bind(null, type)}
            submitLabel={`Publier la version ${draft.version}`}
            pendingLabel="Publication…"
          />
        </section>
      )}

      <section aria-labelledby="versions">
        <h2 id="versions" className="text-xl font-bold">
          Versions
        </h2>
        <DataTable
          caption="Versions du modèle, la plus récente en premier"
          className="mt-2"
          columns={["Version", "Publication", "Conventions produites", "Aperçu"]}
        >
          {versions.map((version) => (
            <DataTableRow key={version.id}>
              <td className="p-2">{version.version}</td>
              <td className="p-2">{version.publishedAt ? formatShortDateTime(version.publishedAt) : "Brouillon"}</td>
              <td className="p-2">{version._count.conventions}</td>
              <td className="p-2">
                <a href={`${previewBase}?version=${version.version}`}>
                  PDF<span className="sr-only"> de la version {version.version}</span>
                </a>
              </td>
            </DataTableRow>
          ))}
        </DataTable>
      </section>
    </div>
  );
}
