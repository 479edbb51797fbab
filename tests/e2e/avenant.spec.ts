import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../../prisma/demo-accounts";
import { e2eRuntime, expectNoAccessibilityViolations, logIn } from "./support";

type Fixture = { conventionId: string; emails: string[]; facilities: string[] };

/** An active convention with two facilities and two people (tests/support/avenant-fixture.ts). */
function activeConventionFixture(baseURL: string, tag: string): Fixture {
  const output = execFileSync(
    "node_modules/.bin/tsx",
    ["--require", "./scripts/lib/server-only-shim.cjs", "tests/support/avenant-fixture.ts", tag],
    {
      env: {
        ...process.env,
        DATABASE_URL: e2eRuntime().databaseUrl,
        APP_URL: baseURL,
        SMTP_URL: "smtp://127.0.0.1:25",
        NEXTAUTH_SECRET: "fixture-script-only-".padEnd(40, "x"),
        NODE_ENV: "test",
      },
      encoding: "utf8",
    },
  );
  return JSON.parse(output.trim().split("\n").at(-1)!);
}

test.describe("@legal avenants", () => {
  test("@legal an avenant adding a person and removing a facility takes effect at the second signature; a leaver is suspended at once", async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    const fixture = activeConventionFixture(baseURL!, `e2e${Date.now()}`);
    const [memberEmail, leaverEmail] = fixture.emails;
    const [keptFacility, removedFacility] = fixture.facilities;
    const newcomer = `arrivee.${Date.now()}@exemple-gascogne.fr`;

    // Each person in their own context (axe needs pages made from a context).
    const newPage = async () => (await browser.newContext()).newPage();
    const member = await newPage();
    await logIn(member, memberEmail!, DEMO_PASSWORD);
    const partnerSees = async (name: string) => {
      await member.goto("/espace-pro");
      return member.getByText(name, { exact: false }).count();
    };
    expect(await partnerSees(removedFacility!)).toBeGreaterThan(0);

    const agent = await newPage();
    await logIn(agent, "agent.caf47@demo.monenfant.fr", DEMO_PASSWORD);
    await agent.goto(`/caf/conventions/${fixture.conventionId}`);
    await agent.getByText("Établir un avenant").click();
    await agent.getByLabel("Objet de l'avenant").fill("Arrivée d'une adjointe, fermeture d'une structure");
    await agent.getByRole("button", { name: "Ajouter une personne" }).click();
    await agent.locator("#addPeople-0-firstName").fill("Noémie");
    await agent.locator("#addPeople-0-lastName").fill("Arrivée");
    await agent.locator("#addPeople-0-email").fill(newcomer);
    await agent.locator("#addPeople-0-jobTitle").fill("Directrice adjointe");
    await agent.getByLabel(`Retirer ${removedFacility}`).check();
    await agent.getByRole("button", { name: "Produire l'avenant" }).click();
    await expect(agent.getByRole("status").filter({ hasText: "L'avenant est produit" })).toBeVisible();

    // Produced, then sent, then signed by the partner only: nothing changes for users.
    await agent.getByRole("button", { name: "Enregistrer l'envoi pour signature" }).click();
    await expect(agent.getByText("Envoyé pour signature")).toBeVisible();
    await agent.getByLabel("Lieu de signature").first().fill("Nérac");
    await agent.getByRole("button", { name: "Enregistrer la signature du partenaire" }).click();
    await expect(agent.getByText("Signée à Nérac")).toBeVisible();
    await expectNoAccessibilityViolations(agent);
    expect(await partnerSees(removedFacility!)).toBeGreaterThan(0);
    await expect(agent.getByRole("cell", { name: newcomer })).toHaveCount(0);

    await agent.getByLabel("Lieu de signature").fill("Agen");
    await agent.getByRole("button", { name: "Enregistrer la signature de la Caf" }).click();
    await expect(agent.getByText(/En vigueur le/).last()).toBeVisible();
    await expect(agent.getByRole("cell", { name: newcomer })).toBeVisible();
    expect(await partnerSees(removedFacility!)).toBe(0);
    expect(await partnerSees(keptFacility!)).toBeGreaterThan(0);

    // A leaver is suspended at once and cannot sign in any more.
    await agent.goto(`/caf/conventions/${fixture.conventionId}`);
    const leaverRow = agent.getByRole("row").filter({ hasText: leaverEmail });
    await leaverRow.getByText("Suspendre l'accès (départ)").click();
    await leaverRow.getByRole("button", { name: "Suspendre l'accès maintenant" }).click();
    await expect(agent.getByText(/Accès suspendu le/)).toBeVisible();
    const leaver = await newPage();
    await logIn(leaver, leaverEmail!, DEMO_PASSWORD);
    await expect(leaver).toHaveURL(/\/connexion/);
  });
});
