// Default convention texts, written in our own words from SPEC §4 and §6. The Cnaf edits later
// versions in the back-office; each convention keeps the version it was generated with.
import type { ConventionType } from "@/lib/generated/prisma/enums";

export const DEFAULT_CONVENTION_TEMPLATES: Record<ConventionType, { title: string; body: string }> = {
  STRUCTURES: {
    title: "Convention d'habilitation informatique — fournisseur de données (structures)",
    body: `## Article 1 — Objet
La présente convention autorise le fournisseur de données à publier sur monenfant.fr, par l'intermédiaire des personnes qu'il désigne en annexe 1, des informations sur les structures d'accueil qu'il gère : disponibilités d'accueil des établissements d'accueil du jeune enfant (EAJE) et modalités de fonctionnement.

## Article 2 — Habilitation nominative
Chaque personne listée en annexe 1 reçoit un identifiant personnel et un mot de passe généré aléatoirement, qu'elle doit remplacer à sa première connexion. L'habilitation est strictement personnelle : elle ne peut être ni prêtée ni partagée. La Caf n'a jamais connaissance des mots de passe.

## Article 3 — Disponibilités d'accueil
Les disponibilités des EAJE sont publiées immédiatement sous la responsabilité du fournisseur de données. Elles sont mises à jour au moins une fois par semaine, conformément à l'arrêté du 31 août 2021. Chaque mise à jour remplace la précédente.

## Article 4 — Modalités de fonctionnement
Les modalités de fonctionnement sont soumises à la validation de la Caf avant publication. La version publiée reste en ligne jusqu'à la validation d'une nouvelle version.

## Article 5 — Règles de contenu
Sont interdits : la publicité déguisée, les informations fausses ou trompeuses, les contenus injurieux, diffamatoires ou discriminatoires, toute propagande politique, religieuse ou syndicale, les logiciels malveillants et les chaînes de lettres. La Caf peut retirer à tout moment un contenu publié, en motivant sa décision. La publication est gratuite et ne poursuit aucun but commercial.

## Article 6 — Évolution de l'habilitation
Aucune modification de l'habilitation n'est possible en libre-service. L'ajout ou le retrait d'une personne ou d'une structure se fait par avenant, à la demande expresse du fournisseur de données. Le fournisseur informe sans délai la Caf du départ d'une personne habilitée, dont le compte est alors désactivé.

## Article 7 — Traçabilité
Toute saisie est horodatée et associée au numéro d'identification personnel de son auteur. La Caf peut consulter l'historique des connexions pour vérifier le respect de la présente convention.

## Article 8 — Durée et résiliation
La convention prend effet à la date de sa signature, pour une durée d'un an renouvelable par tacite reconduction. Chaque partie peut y mettre fin à une date anniversaire, moyennant un préavis d'au moins trois mois. À la date de fin, les comptes sont désactivés et les données des structures ne sont plus modifiables par le fournisseur.`,
  },
  INFO_POINT: {
    title: "Convention d'habilitation informatique — lieu d'information",
    body: `## Article 1 — Objet
La présente convention autorise le lieu d'information à recevoir, par l'intermédiaire des personnes désignées en annexe 1, les demandes d'information que les familles adressent sur monenfant.fr pour les communes listées en annexe 1.

## Article 2 — Habilitation nominative
Chaque personne listée en annexe 1 reçoit un identifiant personnel (son adresse électronique) et un mot de passe généré aléatoirement, qu'elle doit remplacer à sa première connexion. L'habilitation est strictement personnelle.

## Article 3 — Traitement des demandes des familles
Les personnes habilitées sont prévenues par courriel de chaque nouvelle demande, sans données personnelles dans ce courriel. Elles récupèrent la demande dans l'espace partenaires dans un délai de quinze jours calendaires et y répondent à la famille.

## Article 4 — Protection des données personnelles
Les données des familles ne sont utilisées que pour répondre à leur demande. Elles sont supprimées six mois après leur transmission ; une attestation de destruction est produite dans le mois qui suit.

## Article 5 — Traçabilité
Toute action est horodatée et associée au numéro d'identification personnel de son auteur. La Caf peut consulter l'historique des connexions.

## Article 6 — Évolution de l'habilitation
L'ajout ou le retrait d'une personne ou d'une commune se fait par avenant, à la demande expresse du lieu d'information.

## Article 7 — Durée et résiliation
La convention prend effet à la date de sa signature, pour une durée d'un an renouvelable par tacite reconduction. Chaque partie peut y mettre fin à une date anniversaire avec un préavis d'au moins trois mois. En cas de mauvaise utilisation, la Caf peut y mettre fin à tout moment.`,
  },
};
