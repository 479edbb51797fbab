import type { Metadata } from "next";
import { Link } from "@/components/link";

export const metadata: Metadata = { title: "Demande envoyée" };

export default async function ConfirmationPage({
  searchParams,
}: {
  searchParams: Promise<{ reference?: string; caf?: string }>;
}) {
  const { reference, caf } = await searchParams;
  const safeReference = reference && /^HAB-[0-9AB]{2,3}-\d{4}-[A-Z0-9]{6}$/.test(reference) ? reference : null;
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold">Votre demande est envoyée</h1>
      {safeReference && (
        <p className="border-l-4 border-succes bg-green-50 p-4 text-lg">
          Numéro de référence : <strong data-testid="reference">{safeReference}</strong>
        </p>
      )}
      <p>
        Elle a été transmise à la {caf && caf.length < 80 ? caf : "Caf choisie"}. Un accusé de réception reprenant ce
        numéro vient d'être envoyé à l'adresse électronique de votre organisme.
      </p>
      <p>
        La Caf instruit votre demande puis vous adresse par courrier la convention à signer. L'accusé de réception
        contient votre lien personnel de suivi : vous y verrez où en est la demande et la corrigerez si la Caf vous
        demande des compléments.
      </p>
      <Link href="/" className="btn-secondary">
        Retour à l'accueil
      </Link>
    </div>
  );
}
