import type { Metadata } from "next";
import { submitHabilitationRequestAction } from "@/app/(partenaires)/demande-habilitation/actions";
import { RequestWizard } from "@/components/habilitation/request-wizard";
import { listCafOptions } from "@/lib/habilitation/list-caf-options";

export const metadata: Metadata = { title: "Demande d'habilitation — lieu d'information" };
export const dynamic = "force-dynamic";

export default async function InfoPointRequestPage() {
  return (
    <div className="max-w-4xl">
      <h1 className="text-3xl font-bold">Demande d'habilitation informatique — lieu d'information</h1>
      <p className="mt-2">
        Pour les relais petite enfance et autres lieux d'information qui reçoivent les demandes des familles des
        communes qu'ils couvrent.
      </p>
      <p className="mt-2 text-sm text-texte-mention">
        Tous les champs sont obligatoires. Votre saisie est conservée dans ce navigateur jusqu'à l'envoi.
      </p>
      <div className="mt-8">
        <RequestWizard type="INFO_POINT" cafs={await listCafOptions()} submitAction={submitHabilitationRequestAction} />
      </div>
    </div>
  );
}
