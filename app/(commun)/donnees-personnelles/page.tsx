import type { Metadata } from "next";

export const metadata: Metadata = { title: "Données personnelles" };

export default function PersonalDataPage() {
  return (
    <article className="max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold">Données personnelles</h1>
      <p>
        Les données des personnes habilitées (nom, prénom, fonction, adresse électronique) servent à gérer leur accès à
        l'espace partenaires et à tracer leurs saisies. Leurs connexions sont journalisées pour vérifier le respect de
        la convention d'habilitation ; ce journal de connexions est conservé un an.
      </p>
      <p>
        Les données transmises par les familles dans une demande d'information sont transmises au seul lieu
        d'information de leur commune, puis supprimées six mois après leur transmission.
      </p>
      <p>
        Les courriels envoyés par le service (accusés de réception, notifications) sont conservés trente jours ; passé
        ce délai, leur destinataire et leur contenu sont effacés et seule une trace demeure (modèle, date, état
        d'envoi). Les compteurs de limitation des tentatives (adresses électroniques et adresses IP) sont supprimés dès
        qu'ils expirent.
      </p>
      <p>
        Vous pouvez exercer vos droits d'accès, de rectification et d'effacement auprès du délégué à la protection des
        données de la Cnaf, ou introduire une réclamation auprès de la CNIL.
      </p>
    </article>
  );
}
