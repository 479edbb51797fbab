import type { Metadata } from "next";
import { Link } from "@/components/link";

export const metadata: Metadata = { title: "Demande d'information envoyée" };

export default async function FamilyRequestConfirmationPage({
  searchParams,
}: {
  searchParams: Promise<{ reference?: string; lieu?: string }>;
}) {
  const { reference, lieu } = await searchParams;
  const safeReference = reference && /^DI-[0-9AB]{2,3}-\d{4}-[A-Z0-9]{6}$/.test(reference) ? reference : null;
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold">Votre demande est envoyée</h1>
      {safeReference && (
        <p className="border-l-4 border-succes bg-green-50 p-4 text-lg">
          Référence : <strong data-testid="reference">{safeReference}</strong>
        </p>
      )}
      <p>
        Elle a été transmise à {lieu && lieu.length < 120 ? `« ${lieu} »` : "votre lieu d'information"}, qui vous
        répondra directement. Un courriel de confirmation vous a été envoyé.
      </p>
      <Link href="/" className="btn-secondary">
        Retour à l'accueil
      </Link>
    </div>
  );
}
