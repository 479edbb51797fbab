// Demo logins created by the development seed only (never in production). Invented people.
import type { Role } from "@/lib/generated/prisma/enums";

export const DEMO_PASSWORD = "Demo-monenfant-2026";

export type DemoAccount = {
  email: string;
  role: Role;
  firstName: string;
  lastName: string;
  jobTitle: string;
  cafDepartement?: string;
  label: string;
};

export const DEMO_CAF_DEPARTEMENTS = ["47", "39", "01", "59", "77"] as const;

const DEMO_CAF_AGENT_NAMES: Record<(typeof DEMO_CAF_DEPARTEMENTS)[number], { firstName: string; lastName: string }> = {
  "47": { firstName: "Hugo", lastName: "Carrel" },
  "39": { firstName: "Maëlle", lastName: "Fontanes" },
  "01": { firstName: "Théo", lastName: "Brizard" },
  "59": { firstName: "Inès", lastName: "Morvan" },
  "77": { firstName: "Lucien", lastName: "Delaunoy" },
};

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: "admin.cnaf@demo.monenfant.fr",
    role: "CNAF_ADMIN",
    firstName: "Bérénice",
    lastName: "Valmont",
    jobTitle: "Administratrice nationale",
    label: "Administratrice Cnaf",
  },
  ...DEMO_CAF_DEPARTEMENTS.map((departement): DemoAccount => ({
    email: `agent.caf${departement}@demo.monenfant.fr`,
    role: "CAF_AGENT",
    ...DEMO_CAF_AGENT_NAMES[departement],
    jobTitle: "Conseiller·ère partenaires",
    cafDepartement: departement,
    label: `Agent de la Caf (${departement})`,
  })),
  {
    email: "directrice.albret@demo.monenfant.fr",
    role: "PROVIDER_USER",
    firstName: "Élodie",
    lastName: "Martinon",
    jobTitle: "Directrice du pôle petite enfance",
    label: "Directrice habilitée (Albret, 47)",
  },
  {
    email: "rpe.lavardac@demo.monenfant.fr",
    role: "INFO_POINT_USER",
    firstName: "Soline",
    lastName: "Kervella",
    jobTitle: "Animatrice du relais petite enfance",
    label: "Lieu d'information (RPE de Lavardac)",
  },
];
