// `npm run db:setup -- --admin-email <address> [--dry-run]`: makes a deployment's database ready to serve,
// and is safe to run on every deploy. Applies the migrations; loads or refreshes the reference data
// (départements, communes, one Caf per département, default convention templates) and, when the official
// geography changed, re-links what pointed at merged communes; invites the first Cnaf administrator while
// they have not chosen a password. Never writes demo data. `--dry-run` prints what would change.
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { migrateDeploy } from "./lib/run";

if (existsSync(".env")) process.loadEnvFile(".env");

const USAGE = "Usage : npm run db:setup -- --admin-email <adresse> [--dry-run]";

async function main() {
  const { values } = parseArgs({
    options: { "admin-email": { type: "string" }, "dry-run": { type: "boolean", default: false } },
  });
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL est obligatoire (voir .env.example).");
  const dryRun = values["dry-run"];
  if (!dryRun) await migrateDeploy(databaseUrl);

  // Imported once the environment is loaded: lib/env validates it on import.
  const { db } = await import("../lib/db");
  const { planReferenceData } = await import("../lib/reference-data/plan-reference-data");
  const { applyReferenceData } = await import("../lib/reference-data/apply-reference-data");
  const { describeReferenceDataPlan } = await import("../lib/reference-data/describe-reference-data-plan");
  const { PACKAGED_GEOGRAPHY } = await import("../lib/reference-data/reference-geography");
  try {
    const plan = await planReferenceData(PACKAGED_GEOGRAPHY);
    const lines = describeReferenceDataPlan(plan);
    if (dryRun) {
      console.log("Simulation (--dry-run) : rien n'est écrit.");
      console.log(lines.length > 0 ? lines.join("\n") : "Données de référence à jour : aucun changement.");
      return;
    }
    const applied = await applyReferenceData(plan);
    console.log(lines.length > 0 ? lines.join("\n") : "Données de référence à jour : aucun changement.");
    if (applied.keptCommunes.length > 0)
      console.log(
        `Communes disparues conservées tant que l'historique s'y réfère : ${applied.keptCommunes.join(", ")}`,
      );

    const { inviteFirstAdministrator } = await import("../lib/admin/invite-first-administrator");
    const { drainOutboxUntilIdle } = await import("../lib/email/outbox");
    const outcome = await inviteFirstAdministrator({ email: values["admin-email"] });
    if (outcome.kind === "unchanged") {
      console.log(outcome.message);
      return;
    }
    console.log(
      outcome.kind === "created"
        ? `Administrateur Cnaf créé sans mot de passe : ${outcome.email}`
        : `Administrateur Cnaf ${outcome.email} sans mot de passe : nouvelle invitation (les précédentes ne valent plus).`,
    );
    const sending = await drainOutboxUntilIdle().catch(() => ({ sent: 0, failed: 1 }));
    console.log(
      sending.failed === 0
        ? `Invitation envoyée à ${outcome.email} (lien valable 72 h).`
        : "Invitation en file d'attente : l'application l'enverra dès que le serveur SMTP (SMTP_URL) répondra.",
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  // util.parseArgs throws a TypeError whose code starts with ERR_PARSE_ARGS.
  const badArguments = error instanceof Error && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS");
  console.error(badArguments ? `${message}\n${USAGE}` : message);
  process.exit(1);
});
