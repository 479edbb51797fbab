import type { Metadata } from "next";
import { Link } from "@/components/link";
import { submitHabilitationRequestAction } from "@/app/(partenaires)/demande-habilitation/actions";
import { RequestWizard } from "@/components/habilitation/request-wizard";
import { listCafOptions } from "@/lib/habilitation/list-caf-options";

export const metadata: Metadata = { title: "Demande d'habilitation — structures" };
export const dynamic = "force-dynamic";

export default async function StructuresRequestPage() {
  return (
    <div className="max-w-4xl">
      <h1 className="text-3xl font-bold">Demande d'habilitation informatique — structures</h1>
      <p className="mt-2">
        Pour les gestionnaires d'établissements d'accueil du jeune enfant, de lieux d'accueil enfants-parents, de relais
        petite enfance et d'accueils de loisirs. Vous êtes un lieu d'information ?{" "}
        <Link href="/demande-habilitation/lieu-information">Utilisez le formulaire dédié</Link>.
      </p>
      <p className="mt-2 text-sm text-texte-mention">
        Tous les champs sont obligatoires. Votre saisie est conservée dans ce navigateur jusqu'à l'envoi.
      </p>
      <div className="mt-8">
        <RequestWizard type="STRUCTURES" cafs={await listCafOptions()} submitAction={submitHabilitationRequestAction} />
      </div>
    </div>
  );
}
