import type { PageConfig } from "next";
import Head from "next/head";
import { Link } from "@/components/link";
import { PageFrame } from "@/components/page-frame";
import { PARTNER_SPACE_DESCRIPTION, PARTNER_SPACE_TITLE, PartnerHeader } from "@/components/partner-header";

/*
 * The partners' landing page, plain HTML built once: no framework JavaScript (like the families' pages, see
 * pages/recherche.tsx), and no session read. Only visitors who are not signed in see it: the proxy takes a
 * signed-in person to their own space instead.
 */
export const config: PageConfig = { unstable_runtimeJS: false };

export default function HomePage() {
  return (
    <PageFrame header={<PartnerHeader user={null} />}>
      <Head>
        <title>{PARTNER_SPACE_TITLE}</title>
        <meta name="description" content={PARTNER_SPACE_DESCRIPTION} />
      </Head>
      <div className="space-y-10">
        <section>
          <h1 className="text-3xl font-bold">Publier sur monenfant.fr</h1>
          <p className="mt-4 max-w-3xl text-lg">
            Gestionnaires de crèches, d'accueils de loisirs et de relais petite enfance : après une habilitation
            informatique accordée par votre Caf, vos équipes publient les places disponibles et les informations de vos
            structures, que les familles consultent sur monenfant.fr.
          </p>
          <p className="mt-4">
            Vous cherchez un mode d'accueil pour votre enfant ?{" "}
            <Link href="/recherche">Rechercher une crèche ou un mode d'accueil</Link>
          </p>
        </section>
        <section aria-labelledby="parcours" className="grid gap-6 md:grid-cols-3">
          <h2 id="parcours" className="sr-only">
            Par où commencer
          </h2>
          <div className="card">
            <h3 className="text-xl font-bold">Vous gérez des structures</h3>
            <p className="mt-2">Demandez l'habilitation des personnes qui mettront à jour vos structures.</p>
            <Link href="/demande-habilitation" className="btn-primary mt-4">
              Demander une habilitation
            </Link>
          </div>
          <div className="card">
            <h3 className="text-xl font-bold">Vous êtes un lieu d'information</h3>
            <p className="mt-2">Recevez les demandes des familles des communes que vous couvrez.</p>
            <Link href="/demande-habilitation/lieu-information" className="btn-secondary mt-4">
              Habiliter un lieu d'information
            </Link>
          </div>
          <div className="card">
            <h3 className="text-xl font-bold">Vous êtes déjà habilité</h3>
            <p className="mt-2">Connectez-vous avec votre identifiant personnel.</p>
            <Link href="/connexion" className="btn-secondary mt-4">
              Se connecter
            </Link>
          </div>
        </section>
      </div>
    </PageFrame>
  );
}
