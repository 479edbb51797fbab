import type { Metadata } from "next";

export const metadata: Metadata = { title: "Données personnelles" };

export default function PersonalDataPage() {
  return (
    <article className="max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold">Données personnelles</h1>
      <p>
        Les données des personnes habilitées (nom, prénom, fonction, adresse électronique) servent à gérer leur accès à
        l'espace partenaires et à tracer leurs saisies. Leurs connexions sont journalisées pour vérifier le respect de
        la convention d'habilitation.
      </p>
      <p>
        Les données transmises par les familles dans une demande d'information sont transmises au seul lieu
        d'information de leur commune, puis supprimées six mois après leur transmission.
      </p>
      <p>
        Vous pouvez exercer vos droits d'accès, de rectification et d'effacement auprès du délégué à la protection des
        données de la Cnaf, ou introduire une réclamation auprès de la CNIL.
      </p>
    </article>
  );
}
