import type { Metadata } from "next";
import { submitFamilyRequestAction } from "@/app/(familles)/demande-information/actions";
import { FamilyRequestForm } from "@/components/family/family-request-form";

export const metadata: Metadata = {
  title: "Demande d'information sur les modes d'accueil",
  description:
    "Demandez au lieu d'information de votre commune des renseignements sur les crèches, assistants maternels et la garde à domicile.",
};

export default function FamilyRequestPage() {
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">Demander des informations sur les modes d'accueil</h1>
      <p className="mt-2">
        Vous attendez un enfant ou vous avez un enfant de moins de 6 ans ? Le relais petite enfance de votre commune
        vous renseigne sur les crèches, les assistants maternels et la garde à domicile. Sauf mention contraire, tous
        les champs sont obligatoires.
      </p>
      <div className="mt-8">
        <FamilyRequestForm submitAction={submitFamilyRequestAction} />
      </div>
    </div>
  );
}
