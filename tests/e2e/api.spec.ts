import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../../prisma/demo-accounts";
import { expectNoAccessibilityViolations, logIn } from "./support";

// Start date of a valid availability: at least 3 days ahead (a safe margin for the Paris calendar day).
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test.describe("@api", () => {
  test("@api a key created in the portal publishes through the API, the public page shows it at once, a revoked key gets 401", async ({
    page,
    request,
  }) => {
    await logIn(page, "directrice.albret@demo.monenfant.fr", DEMO_PASSWORD);
    await page.goto("/espace-pro/cles-api");
    await expectNoAccessibilityViolations(page);
    const name = `Logiciel e2e ${Date.now()}`;
    await page.getByLabel("Nom de la clé").fill(name);
    await page.getByRole("button", { name: "Créer la clé" }).click();
    const status = page.getByRole("status").filter({ hasText: "Clé créée" });
    await expect(status).toBeVisible();
    const token = /(mek_[a-z0-9]{12}_[A-Za-z0-9_-]{43})/.exec((await status.textContent())!)![1];
    const auth = { Authorization: `Bearer ${token}` };

    const list = await request.get("/api/v1/structures", { headers: auth });
    expect(list.status()).toBe(200);
    const facility = (await list.json()).structures.find((s: { nom: string }) => s.nom === "Les petits bouchons");
    expect(facility).toBeDefined();

    const put = await request.put(`/api/v1/structures/${facility.id}/disponibilites`, {
      headers: auth,
      data: {
        noPlaceAvailable: false,
        slots: [
          {
            startDate: inDays(5),
            endDate: null,
            minAgeMonths: 12,
            maxAgeMonths: 30,
            careType: "OCCASIONAL",
            weekdays: [2, 4],
            startTime: "09:00",
            endTime: "12:30",
            places: 9,
          },
        ],
      },
    });
    expect(put.status()).toBe(200);

    const visitor = await page.context().browser()!.newPage();
    await visitor.goto(`/structures/${facility.id}`);
    const table = visitor.getByRole("table", { name: "Places disponibles à Les petits bouchons" });
    await expect(table.getByRole("row")).toHaveCount(2);
    await expect(table.getByRole("row").nth(1)).toContainText("Accueil occasionnel");
    await expect(table.getByRole("row").nth(1).getByRole("cell").first()).toHaveText("9");
    await expect(visitor.getByText("Dernière mise à jour")).toBeVisible();
    await visitor.close();

    await page.getByRole("button", { name: `Révoquer la clé ${name}` }).click();
    await expect(page.getByRole("listitem").filter({ hasText: name })).toContainText("révoquée le");
    const revoked = await request.get("/api/v1/structures", { headers: auth });
    expect(revoked.status()).toBe(401);
    expect(revoked.headers()["content-type"]).toContain("application/problem+json");

    const openapi = await request.get("/api/v1/openapi.json");
    expect((await openapi.json()).openapi).toBe("3.1.0");
    await page.goto("/developpeurs");
    await expectNoAccessibilityViolations(page);
    await page.goto("/donnees-ouvertes");
    await expectNoAccessibilityViolations(page);
  });

  test("@hardening the developers' page lists every error status and every rule of the OpenAPI document", async ({
    page,
    request,
  }) => {
    const document = await (await request.get("/api/v1/openapi.json")).json();
    const set = document.components.schemas.JeuDeDisponibilites;
    const rules = [set.description, set.properties.slots.items.description]
      .flatMap((description: string) => description.split("\n"))
      .filter((line) => line.startsWith("- "))
      .map((line) => line.slice(2));
    // Three rules of the set (places ⇔ lines, earliest start, latest day), three of each line.
    expect(rules).toHaveLength(6);
    const statuses = Object.values(document.paths)
      .flatMap((item) => Object.values(item as Record<string, { responses?: object }>))
      .flatMap((operation) => Object.keys(operation.responses ?? {}))
      .filter((status) => Number(status) >= 400);
    await page.goto("/developpeurs");
    for (const rule of rules) await expect(page.getByText(rule, { exact: true })).toBeVisible();
    const table = page.getByRole("table");
    for (const status of new Set(statuses))
      await expect(
        table.getByRole("row").filter({ has: page.getByRole("cell", { name: status, exact: true }) }),
      ).toHaveCount(1);
  });
});
