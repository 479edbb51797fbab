import { expect, test } from "@playwright/test";
import { Client } from "pg";
import { dayFromNow, publishFixture } from "../support/search-fixtures";
import { e2eRuntime, expectNoAccessibilityViolations } from "./support";

const DAY = 86_400_000;

// Until the demo seed publishes availabilities, each run publishes its own for two EAJE of Nérac (47600).
async function withDatabase<T>(
  work: (sql: (text: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>) => Promise<T>,
) {
  const pg = new Client({ connectionString: e2eRuntime().databaseUrl });
  await pg.connect();
  try {
    return await work((text, params) => pg.query(text, params));
  } finally {
    await pg.end();
  }
}

const facilityId = async (
  sql: (text: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>,
  name: string,
) => String((await sql(`SELECT id FROM "Facility" WHERE name = $1`, [name])).rows[0]!.id);

test.describe("@families public search", () => {
  let comptine: string;
  let bouchons: string;

  test.beforeAll(async () => {
    await withDatabase(async (sql) => {
      comptine = await facilityId(sql, "Comptine");
      bouchons = await facilityId(sql, "Les petits bouchons");
      await publishFixture(sql, comptine, {
        slots: [{ startDate: dayFromNow(7), minAgeMonths: 10, maxAgeMonths: 36, careType: "REGULAR", places: 2 }],
      });
      // Mézin is not in 47600: published stale, to see the flag in a département search.
      await publishFixture(sql, bouchons, {
        publishedAt: new Date(Date.now() - 9 * DAY),
        slots: [{ startDate: dayFromNow(5), minAgeMonths: 0, maxAgeMonths: 12, careType: "OCCASIONAL", places: 1 }],
      });
    });
  });

  test("@families a family finds an EAJE by postcode with places available and opens its page", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "Rechercher une crèche ou un mode d'accueil" }).click();
    await expect(page).toHaveTitle("Rechercher un mode d'accueil — monenfant.fr");
    await expectNoAccessibilityViolations(page);

    await page.getByLabel("Commune ou code postal").fill("47600");
    // The autocomplete suggests the communes of the postcode; the family keeps the postcode itself.
    await expect(
      page.getByRole("listbox", { name: "Communes proposées" }).getByRole("option", { name: "Nérac (47600)" }),
    ).toBeVisible();
    await page.getByLabel("Uniquement les crèches qui ont des places disponibles").check();
    await page.getByRole("button", { name: "Rechercher" }).click();

    // Around the place typed, within the default radius, carried by the URL next to the place.
    await expect(page).toHaveURL(/\/recherche\?lieu=47600&rayon=5&places=1$/);
    await expect(page).toHaveTitle("Recherche « 47600 » — Rechercher un mode d'accueil — monenfant.fr");
    const status = page.getByRole("main").getByRole("status").filter({ hasText: "trouvée" });
    await expect(status).toHaveText(/^\d+ structures? trouvées? à moins de 5 km de Nérac \(47\)\.$/);
    const result = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Comptine" }) });
    await expect(result).toContainText("Multi-accueil");
    await expect(result).toContainText("10 boulevard Alfred Parent, 47600 Nérac");
    await expect(result).toContainText("2 places disponibles à partir du");
    await expect(result).toContainText("(Accueil régulier)");
    await expect(result).toContainText(/Mis à jour le \d{1,2}(er)? \S+ \d{4}$/);
    await expect(result).not.toContainText("Informations anciennes");
    // Only facilities with places: the LAEP of Nérac is left out, every result shows places.
    const results = page.getByRole("list", { name: "Résultats" }).getByRole("listitem");
    await expect(results.filter({ hasText: /places? disponibles? à partir du/ })).toHaveCount(await results.count());
    await expect(page.getByRole("heading", { name: "1, 2, 3 soleil" })).toHaveCount(0);
    await expectNoAccessibilityViolations(page);

    const link = result.getByRole("link", { name: "Comptine" });
    await expect(link).toHaveAttribute("href", `/structures/${comptine}`);
    await link.click();
    await expect(page).toHaveURL(`/structures/${comptine}`);
    await expect(page.getByRole("heading", { level: 1, name: "Comptine" })).toBeVisible();
  });

  test("@families the commune chosen in the suggestions, the child's age and the kind make a shareable URL", async ({
    page,
  }) => {
    await page.goto("/recherche");
    await page.getByLabel("Commune ou code postal").fill("nera");
    await page.getByRole("option", { name: "Nérac (47600)" }).click();
    await expect(page.getByLabel("Commune ou code postal")).toHaveValue("Nérac (47600)");
    await page
      .getByLabel("Type de structure")
      .selectOption({ label: "Toutes les crèches (EAJE, enfants de moins de 6 ans)" });
    await page.getByLabel("Âge de votre enfant en mois (facultatif)").fill("24");
    await page.getByRole("button", { name: "Rechercher" }).click();
    await expect(page).toHaveURL(/\/recherche\?lieu=N%C3%A9rac\+%2847600%29&commune=47195&rayon=5&type=EAJE&age=24$/);
    await expect(page.getByRole("listitem").filter({ hasText: "Comptine" })).toContainText(
      "2 places disponibles pour un enfant de 24 mois à partir du",
    );
    // The shared link gives the same page, form filled in.
    const shared = page.url();
    await page.goto("/");
    await page.goto(shared);
    await expect(page.getByLabel("Âge de votre enfant en mois (facultatif)")).toHaveValue("24");
    await expect(page.getByLabel("Type de structure")).toHaveValue("EAJE");
    await expect(page.getByRole("heading", { name: "Comptine" })).toBeVisible();
  });

  test("@families without JavaScript: typed commune name, stale flag, pages keeping the filters, invalid parameters explained", async ({
    browser,
    page,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noScript = await context.newPage();
    await noScript.goto("/recherche");
    await noScript.getByLabel("Commune ou code postal").fill("Mézin");
    await noScript.getByRole("button", { name: "Rechercher" }).click();
    await expect(noScript).toHaveURL(/lieu=M%C3%A9zin/);
    const bouchonsResult = noScript
      .getByRole("listitem")
      .filter({ has: noScript.getByRole("heading", { name: "Les petits bouchons" }) });
    await expect(bouchonsResult).toContainText("1 place disponible à partir du");
    await expect(bouchonsResult).toContainText("Informations anciennes");
    await expect(bouchonsResult.getByRole("link", { name: "Les petits bouchons" })).toHaveAttribute(
      "href",
      `/structures/${bouchons}`,
    );

    // The whole département: more than one page; the next page keeps the filters.
    await noScript.getByLabel("Commune ou code postal").fill("");
    await noScript.getByLabel("Département").selectOption("47");
    await noScript.getByRole("button", { name: "Rechercher" }).click();
    await expect(noScript.getByRole("main").getByRole("status").filter({ hasText: "trouvées" })).toHaveText(
      /^\d+ structures trouvées, page 1 sur \d+\.$/,
    );
    await noScript.getByRole("link", { name: "Page suivante" }).click();
    await expect(noScript).toHaveURL(/departement=47/);
    await expect(noScript).toHaveURL(/page=2/);
    await expect(noScript.getByRole("main").getByRole("status").filter({ hasText: "trouvées" })).toContainText(
      "page 2 sur",
    );
    await expect(noScript.getByLabel("Département")).toHaveValue("47");

    // axe needs JavaScript: the same page, checked in a normal browser.
    await page.goto(noScript.url());
    await context.close();
    await expectNoAccessibilityViolations(page);

    const response = await page.goto("/recherche?lieu=47600&age=bebe&type=CHATEAU&page=-4");
    expect(response?.status()).toBe(200);
    await expect(page.getByText("Âge de l'enfant : indiquez un nombre de mois entre 0 et 72.")).toBeVisible();
    await expect(page.getByText("Type de structure : valeur inconnue.")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Comptine" })).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });
});
