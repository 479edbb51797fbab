// The custom widgets that axe cannot judge, driven as a keyboard and screen reader user would: keys only
// (page.keyboard), checking where the focus is and what the accessibility tree says. Then every page of
// these flows on a phone: no sideways scrolling, targets of at least 24×24 CSS px (WCAG 2.2, 2.5.8).
import { expect, test, type Locator, type Page } from "@playwright/test";
import { Client } from "pg";
import { DEMO_PASSWORD } from "../../prisma/demo-accounts";
import { e2eRuntime, expectNoAccessibilityViolations, logIn } from "./support";

/** Presses Tab (or Shift+Tab) until `target` has the focus; the number of presses it took. */
async function tabTo(page: Page, target: Locator, { max = 80, backwards = false } = {}): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
    if (await target.evaluate((element) => element === document.activeElement)) return presses;
  }
  throw new Error(`${target.toString()} not reached in ${max} presses of Tab`);
}

/** The option the combobox points at with aria-activedescendant. */
async function activeOption(combobox: Locator): Promise<Locator> {
  const id = await combobox.getAttribute("aria-activedescendant");
  expect(id, "an active option").toBeTruthy();
  return combobox.page().locator(`[id="${id}"]`);
}

/** The active option is drawn with a ring inside it, and its whole box is visible in the list's scroll box. */
async function expectVisibleFocusRing(option: Locator) {
  const drawn = await option.evaluate((element) => {
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    const list = element.closest('[role="listbox"]')!.getBoundingClientRect();
    return {
      outline: parseFloat(style.outlineWidth) >= 2 && style.outlineStyle !== "none",
      insideItself: parseFloat(style.outlineOffset) <= -parseFloat(style.outlineWidth),
      inView: box.top >= list.top - 0.5 && box.bottom <= list.bottom + 0.5,
    };
  });
  expect(drawn).toEqual({ outline: true, insideItself: true, inView: true });
}

/** Opens the request wizard at `step` (0-based) for the Caf of Lot-et-Garonne, as a draft resumed after a reload. */
async function resumeWizard(page: Page, path: string, type: "STRUCTURES" | "INFO_POINT", step: number) {
  await page.goto(path);
  // Once the wizard has loaded (and saved its empty draft), the saved draft is replaced and read again.
  await expect(page.getByRole("heading", { level: 2, name: "Votre organisme" })).toBeVisible();
  await page.evaluate(
    ([key, step]) => {
      window.sessionStorage.clear();
      window.localStorage.setItem(key, JSON.stringify({ draft: { departementCode: "47" }, step }));
    },
    [`monenfant:demande-habilitation:${type}`, step] as const,
  );
  await page.reload();
}

test.describe("@a11y keyboard and screen reader", () => {
  test("@a11y the search page's commune combobox: arrows, Home, End, Escape, Enter, the count announced, focus kept", async ({
    page,
  }) => {
    await page.goto("/recherche");
    const combobox = page.getByRole("combobox", { name: "Commune ou code postal" });
    await tabTo(page, combobox);
    await expect(combobox).toHaveAttribute("aria-expanded", "false");
    await page.keyboard.type("nér");
    const listbox = page.getByRole("listbox", { name: "Communes proposées" });
    await expect(listbox).toBeVisible();
    await expect(combobox).toHaveAttribute("aria-expanded", "true");
    await expect(combobox).toHaveAttribute("aria-controls", (await listbox.getAttribute("id"))!);
    const count = await listbox.getByRole("option").count();
    expect(count).toBeGreaterThan(1);
    // The count is spoken: a polite live region that describes the field.
    const status = page.locator(`#${await combobox.getAttribute("id")}-status`);
    await expect(status).toHaveRole("status");
    await expect(status).toHaveText(
      `${count} communes proposées : flèches haut et bas pour les parcourir, Entrée pour choisir.`,
    );

    await page.keyboard.press("ArrowDown");
    await expect(combobox).toBeFocused();
    let option = await activeOption(combobox);
    await expect(option).toHaveText(await listbox.getByRole("option").first().innerText());
    await expect(option).toHaveAttribute("aria-selected", "true");
    await expectVisibleFocusRing(option);
    await page.keyboard.press("End");
    option = await activeOption(combobox);
    await expect(option).toHaveText(await listbox.getByRole("option").last().innerText());
    await expectVisibleFocusRing(option);
    await page.keyboard.press("ArrowDown"); // wraps to the first
    await expect(await activeOption(combobox)).toHaveText(await listbox.getByRole("option").first().innerText());
    await page.keyboard.press("ArrowUp"); // and back to the last
    await expect(await activeOption(combobox)).toHaveText(await listbox.getByRole("option").last().innerText());
    await page.keyboard.press("Home");
    await expect(await activeOption(combobox)).toHaveText(await listbox.getByRole("option").first().innerText());
    await expect(listbox.getByRole("option", { selected: true })).toHaveCount(1);

    // Escape closes the list and keeps the text; a second Escape empties the field.
    await page.keyboard.press("Escape");
    await expect(listbox).toBeHidden();
    await expect(combobox).toHaveAttribute("aria-expanded", "false");
    await expect(combobox).not.toHaveAttribute("aria-activedescendant");
    await expect(combobox).toHaveValue("nér");
    await expect(combobox).toBeFocused();
    await page.keyboard.press("ArrowDown"); // opens it again
    await expect(listbox).toBeVisible();
    await page.keyboard.press("Escape");
    await page.keyboard.press("Escape");
    await expect(combobox).toHaveValue("");

    // Choosing with Enter: the field shows the commune, keeps the focus, and the choice is announced.
    await page.keyboard.type("47600");
    await expect(listbox.getByRole("option", { name: "Nérac (47600)" })).toBeVisible();
    while ((await (await activeOption(combobox).catch(() => null))?.innerText()) !== "Nérac (47600)")
      await page.keyboard.press("ArrowDown");
    await expect(page.getByRole("search")).toMatchAriaSnapshot(`
      - combobox "Commune ou code postal" [expanded]
      - listbox "Communes proposées":
        - option "Nérac (47600)" [selected]
    `);
    await page.keyboard.press("Enter");
    await expect(combobox).toHaveValue("Nérac (47600)");
    await expect(combobox).toBeFocused();
    await expect(combobox).toHaveAttribute("aria-expanded", "false");
    await expect(status).toHaveText("Commune choisie : Nérac (47600).");
    await expect(page).toHaveURL(/\/recherche$/); // Enter chose, it did not send the form
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/recherche\?lieu=N%C3%A9rac\+%2847600%29&commune=47195(&|$)/);
    await expectNoAccessibilityViolations(page);
  });

  test("@a11y without JavaScript the commune field is a plain text field and the search still works", async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/recherche");
    const field = page.getByLabel("Commune ou code postal");
    await tabTo(page, field);
    await page.keyboard.type("47600");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/recherche\?lieu=47600/);
    await expect(page.getByRole("main").getByRole("status").filter({ hasText: "trouvée" })).toBeVisible();
    await context.close();
  });

  test("@a11y after a search, a link skips the form to the results", async ({ page }) => {
    await page.goto("/recherche?lieu=47600");
    const total = (await page.getByRole("main").getByRole("status").filter({ hasText: "trouvée" }).innerText())
      .split(" ")[0]!
      .trim();
    const skip = page.getByRole("link", { name: `Aller aux résultats (${total})` });
    // Reached before the form: the skip links of the page, the header's links, then this one.
    const presses = await tabTo(page, skip);
    const combobox = page.getByRole("combobox", { name: "Commune ou code postal" });
    expect(
      await combobox.evaluate(
        (field, link) => Boolean(link.compareDocumentPosition(field) & Node.DOCUMENT_POSITION_FOLLOWING),
        await skip.elementHandle(),
      ),
    ).toBe(true);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 2, name: "Résultats" })).toBeFocused();
    // From the heading, the first result is next (after the links to other communes, when some are offered,
    // and the map's toggle, when tiles are configured).
    const firstResult = page.getByRole("list", { name: "Résultats" }).getByRole("link").first();
    const otherCommunes = await page
      .getByRole("navigation", { name: "Vous cherchiez une autre commune ?" })
      .getByRole("link")
      .count();
    const mapToggle = await page.getByRole("button", { name: "Voir sur la carte" }).count();
    expect(await tabTo(page, firstResult)).toBe(1 + otherCommunes + mapToggle);
    // Fewer presses than going through the form's fields.
    const formControls = await page.getByRole("search").locator("input:not([type=hidden]), select, button").count();
    expect(presses + 1).toBeLessThan(formControls);
  });

  test("@a11y the family request: commune combobox by keyboard, focus kept, and the consent box marked invalid", async ({
    page,
  }) => {
    await page.goto("/demande-information");
    const combobox = page.getByRole("combobox", { name: "Nom ou code postal de la commune" });
    await tabTo(page, combobox);
    await page.keyboard.type("nérac");
    await expect(page.getByRole("listbox", { name: "Communes proposées" })).toBeVisible();
    await page.keyboard.press("ArrowDown");
    await expect(await activeOption(combobox)).toHaveText("Nérac (47600)");
    await page.keyboard.press("Enter");
    await expect(combobox).toBeFocused();
    await expect(combobox).toHaveValue("Nérac (47600)");

    const consent = page.getByRole("checkbox", { name: /J'accepte que ces informations soient transmises/ });
    await expect(consent).not.toHaveAttribute("aria-invalid");
    await tabTo(page, page.getByRole("button", { name: "Envoyer ma demande" }));
    await page.keyboard.press("Enter");
    const summary = page.getByRole("alert").filter({ hasText: "erreurs" });
    await expect(summary).toBeFocused();
    await expect(consent).toHaveAttribute("aria-invalid", "true");
    await expect(consent).toHaveAccessibleDescription(/.+/);
    // The commune chosen earlier was sent: no error on it.
    await expect(combobox).not.toHaveAttribute("aria-invalid");
  });

  test("@a11y the facility picker: adding and removing keep the focus on the next control and say so; the search is kept", async ({
    page,
  }) => {
    // Steps 1 and 2 are not the subject here: the wizard resumes a draft at step 3, as after a reload.
    await resumeWizard(page, "/demande-habilitation", "STRUCTURES", 2);
    await expect(page.getByRole("heading", { level: 2, name: "Structures concernées" })).toBeVisible();

    const search = page.getByRole("searchbox", { name: "Nom de la structure, commune ou code postal" });
    await tabTo(page, search);
    await page.keyboard.type("Nérac");
    await expect(page.getByRole("status").filter({ hasText: /structures? trouvées?/ })).toBeVisible();
    const results = page.getByRole("list", { name: "Résultats de la recherche" });
    const addButtons = results.getByRole("button", { name: /^Ajouter / });
    expect(await addButtons.count()).toBeGreaterThan(2);
    const firstName = (await addButtons.nth(0).textContent())!.replace(/^Ajouter /, "");

    await tabTo(page, addButtons.first());
    await page.keyboard.press("Enter");
    // «Ajoutée» is a state, not a button; the focus moved on to the next «Ajouter».
    await expect(results.getByRole("button", { name: new RegExp(`^Ajouter ${firstName}$`) })).toHaveCount(0);
    await expect(results.getByRole("button", { name: /Ajoutée/ })).toHaveCount(0);
    await expect(results.getByText(`Ajoutée : ${firstName}`)).toBeVisible();
    await expect(addButtons.first()).toBeFocused();
    const secondName = (await addButtons.first().textContent())!.replace(/^Ajouter /, "");
    const announcement = page.getByRole("status").filter({ hasText: "ajoutée" });
    await expect(announcement).toHaveText(`${firstName} ajoutée : 1 structure choisie.`);
    await page.keyboard.press("Enter");
    await expect(announcement).toHaveText(`${secondName} ajoutée : 2 structures choisies.`);
    await expect(page.getByRole("heading", { name: "Structures choisies (2)" })).toBeVisible();

    // Removing the first chosen facility: the focus goes to the next one's «Retirer».
    const remove = (name: string) => page.getByRole("button", { name: `Retirer ${name}`, exact: true });
    await tabTo(page, remove(firstName));
    await page.keyboard.press("Enter");
    await expect(remove(secondName)).toBeFocused();
    await expect(page.getByRole("status").filter({ hasText: "retirée" })).toHaveText(
      `${firstName} retirée : 1 structure choisie.`,
    );
    // Removing the last one: back to the search field.
    await page.keyboard.press("Enter");
    await expect(search).toBeFocused();
    await expect(page.getByRole("heading", { name: "Structures choisies (0)" })).toBeVisible();

    // Coming back to the step finds the search as it was left.
    await tabTo(page, results.getByRole("button", { name: `Ajouter ${firstName}`, exact: true }));
    await page.keyboard.press("Enter");
    await tabTo(page, page.getByRole("button", { name: "Étape suivante" }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 2, name: "Personnes à habiliter" })).toBeFocused();
    await tabTo(page, page.getByRole("button", { name: "Étape précédente" }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 2, name: "Structures concernées" })).toBeFocused();
    await expect(search).toHaveValue("Nérac");
    await expect(results.getByText(`Ajoutée : ${firstName}`)).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });

  test("@a11y the information point's communes: chosen with the combobox, removed with the focus kept", async ({
    page,
  }) => {
    await resumeWizard(page, "/demande-habilitation/lieu-information", "INFO_POINT", 2);
    const combobox = page.getByRole("combobox", { name: "Nom ou code postal de la commune" });
    await tabTo(page, combobox);
    for (const [typed, name, count] of [
      ["lavard", "Lavardac", "1 commune choisie"],
      ["barbas", "Barbaste", "2 communes choisies"],
    ]) {
      await page.keyboard.type(typed!);
      await expect(page.getByRole("listbox", { name: "Communes proposées" })).toBeVisible();
      await page.keyboard.press("ArrowDown");
      await expect(await activeOption(combobox)).toHaveText(new RegExp(`^${name} \\(`));
      await page.keyboard.press("Enter");
      // The field is emptied for the next commune and keeps the focus; the addition is announced.
      await expect(combobox).toHaveValue("");
      await expect(combobox).toBeFocused();
      await expect(page.getByRole("status").filter({ hasText: "ajoutée" })).toHaveText(`${name} ajoutée : ${count}.`);
    }
    await expect(page.getByRole("heading", { name: "Communes choisies (2)" })).toBeVisible();
    await tabTo(page, page.getByRole("button", { name: "Retirer Lavardac" }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("button", { name: "Retirer Barbaste" })).toBeFocused();
    await expect(page.getByRole("status").filter({ hasText: "retirée" })).toHaveText(
      "Lavardac retirée : 1 commune choisie.",
    );
    await page.keyboard.press("Enter");
    await expect(combobox).toBeFocused();
  });

  test("@a11y @hardening lost password by keyboard: the check needs no input, a refusal is focused and announced", async ({
    page,
  }) => {
    await page.goto("/mot-de-passe-oublie");
    const email = page.getByRole("textbox", { name: "Adresse électronique" });
    const check = page.getByRole("group", { name: "Vérification de sécurité" });
    await expect(check).toContainText("rien à lire ni à recopier");
    // Solved on its own, with nothing to do: a labelled checkbox says so.
    await expect(check.getByRole("checkbox", { name: "Vérification terminée" })).toBeChecked({ timeout: 30_000 });

    await tabTo(page, email);
    await page.keyboard.type("personne.inconnue@exemple.fr");
    // Tampered with, the solved check is refused: the summary takes the focus, the address stays.
    await expect(check.getByText("Vérification terminée")).toBeVisible({ timeout: 30_000 });
    await page.locator('input[name="captcha"]').evaluate((input: HTMLInputElement) => {
      input.value = "bm9uLXZhbGlkZQ==";
    });
    await email.press("Enter");
    const summary = page.getByRole("alert").filter({ hasText: "La vérification de sécurité a échoué" });
    await expect(summary).toBeFocused();
    await expect(email).toHaveValue("personne.inconnue@exemple.fr");
    await expect(check.getByText("Vérification terminée")).toBeVisible({ timeout: 30_000 });
    await tabTo(page, email);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: "Demande enregistrée" })).toBeFocused();
  });
});

// ——— On a phone ———

type Offender = { what: string; width: number; height: number };

/**
 * The interactive targets smaller than 24×24 CSS px that no exception of WCAG 2.5.8 covers: not a link inside
 * a sentence, and too close to another target (a 24 px circle centred on it meets another target or circle).
 */
function undersizedTargets(page: Page): Promise<Offender[]> {
  return page.evaluate(() => {
    const selector =
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="option"], [tabindex]:not([tabindex="-1"])';
    const targets = Array.from(document.querySelectorAll<HTMLElement>(selector))
      .filter((element) => !element.closest('[aria-hidden="true"], [hidden]'))
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      // Shown and on the page (the skip links wait off-screen until focused).
      .filter(({ box }) => box.width > 0 && box.height > 0 && box.right > 0 && box.bottom > -window.scrollY);
    const small = (box: DOMRect) => box.width < 23.5 || box.height < 23.5;
    const inSentence = (element: HTMLElement) =>
      element.tagName === "A" &&
      getComputedStyle(element).display === "inline" &&
      (element.parentElement?.textContent ?? "").trim().length > element.textContent.trim().length;
    const centre = (box: DOMRect) => ({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
    const distanceToBox = (point: { x: number; y: number }, box: DOMRect) =>
      Math.hypot(
        Math.max(box.left - point.x, 0, point.x - box.right),
        Math.max(box.top - point.y, 0, point.y - box.bottom),
      );
    return targets
      .filter(({ element, box }) => small(box) && !inSentence(element))
      .filter(({ element, box }) =>
        targets.some((other) => {
          if (other.element === element || other.element.contains(element) || element.contains(other.element))
            return false;
          const here = centre(box);
          if (distanceToBox(here, other.box) < 12) return true;
          const there = centre(other.box);
          return small(other.box) && Math.hypot(here.x - there.x, here.y - there.y) < 24;
        }),
      )
      .map(({ element, box }) => ({
        what: `${element.tagName.toLowerCase()}#${element.id} «${(element.textContent || element.getAttribute("aria-label") || "").trim().slice(0, 40)}»`,
        width: Math.round(box.width),
        height: Math.round(box.height),
      }));
  });
}

async function expectFitsThePhone(page: Page, label: string) {
  await test.step(label, async () => {
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: document.documentElement.clientWidth,
    }));
    expect(widths.page, `${label}: the page scrolls sideways`).toBeLessThanOrEqual(widths.viewport);
    expect(await undersizedTargets(page), `${label}: targets under 24×24 px`).toEqual([]);
    // No text cut: nothing that clips its content sideways is narrower than its content (bar the visually hidden).
    const cut = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>("body *"))
        .filter((element) => {
          const style = getComputedStyle(element);
          return (
            ["hidden", "clip"].includes(style.overflowX) &&
            element.clientWidth > 1 &&
            element.scrollWidth > element.clientWidth + 1
          );
        })
        .map((element) => `${element.tagName.toLowerCase()} «${element.textContent.trim().slice(0, 40)}»`),
    );
    expect(cut, `${label}: text cut`).toEqual([]);
  });
}

async function facilityIdOf(name: string): Promise<string> {
  const pg = new Client({ connectionString: e2eRuntime().databaseUrl });
  await pg.connect();
  try {
    return String((await pg.query(`SELECT id FROM "Facility" WHERE name = $1`, [name])).rows[0].id);
  } finally {
    await pg.end();
  }
}

for (const width of [375, 320]) {
  test(`@a11y at ${width} px wide, no page of these flows scrolls sideways and every target is 24×24 px or exempt`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 812 });

    await page.goto("/recherche");
    await expectFitsThePhone(page, "search");
    // The check can fail: two 13×13 boxes side by side, as the weekdays were, are caught.
    await page.evaluate(() => {
      const boxes = Array.from({ length: 2 }, () => {
        const box = Object.assign(document.createElement("input"), { type: "checkbox" });
        box.style.cssText = "width: 13px; height: 13px; margin: 0";
        return box;
      });
      document.querySelector("main")!.prepend(...boxes);
    });
    expect(await undersizedTargets(page)).toEqual([
      { what: "input# «»", width: 13, height: 13 },
      { what: "input# «»", width: 13, height: 13 },
    ]);
    await page.reload();
    await page.getByRole("combobox", { name: "Commune ou code postal" }).fill("né");
    await expect(page.getByRole("listbox", { name: "Communes proposées" })).toBeVisible();
    await expectFitsThePhone(page, "search with suggestions");
    await page.goto("/recherche?lieu=47600");
    await expectFitsThePhone(page, "search results");

    await page.goto("/demande-information");
    await expectFitsThePhone(page, "family request");
    await page.getByRole("button", { name: "Envoyer ma demande" }).click();
    await expect(page.getByRole("alert").first()).toBeVisible();
    await expectFitsThePhone(page, "family request with errors");

    await page.goto("/demande-habilitation");
    await page.evaluate(() => window.localStorage.clear());
    await page.reload();
    await expectFitsThePhone(page, "habilitation request, step 1");
    await resumeWizard(page, "/demande-habilitation", "STRUCTURES", 1);
    await expectFitsThePhone(page, "habilitation request, step 2");
    // The chosen Caf is read whole: in the select, and spelled out under it.
    const select = page.getByLabel("Caf de votre département");
    const fits = await select.evaluate((element: HTMLSelectElement) => {
      const style = getComputedStyle(element);
      const context = document.createElement("canvas").getContext("2d")!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const text = element.selectedOptions[0]!.text;
      const room = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
      return { text, fits: context.measureText(text).width <= room };
    });
    expect(fits).toEqual({ text: "Caf de Lot-et-Garonne (47)", fits: true });
    const chosen = page.getByRole("status").filter({ hasText: "Demande adressée à la Caf de Lot-et-Garonne." });
    await expect(chosen).toBeVisible();
    expect(await chosen.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    await page.getByRole("button", { name: "Étape suivante" }).click();
    await page.getByRole("searchbox", { name: "Nom de la structure, commune ou code postal" }).fill("Nérac");
    await page
      .getByRole("button", { name: /^Ajouter / })
      .first()
      .click();
    await expectFitsThePhone(page, "habilitation request, step 3");

    await page.goto("/mot-de-passe-oublie");
    await expectFitsThePhone(page, "lost password");
    await page.goto("/connexion");
    await expectFitsThePhone(page, "sign in");
    await page.goto("/accessibilite");
    await expectFitsThePhone(page, "accessibility statement");

    await logIn(page, "directrice.albret@demo.monenfant.fr", DEMO_PASSWORD);
    const comptine = await facilityIdOf("Comptine");
    await page.goto(`/espace-pro/structures/${comptine}/disponibilites`);
    // «Dernières publications» has at least one row: publish once if this database has none yet.
    if (await page.getByText("Aucune publication.").isVisible()) {
      await page.getByRole("button", { name: "Publier les disponibilités" }).click();
      await expect(page.getByRole("status").filter({ hasText: /publiée/i })).toBeVisible();
      await page.reload();
    }
    const history = page.getByRole("region", { name: "Dernières publications, les plus récentes en premier" });
    await expect(history.getByRole("table")).toBeVisible();
    await expectFitsThePhone(page, "availabilities");
    // The editor's check boxes (weekdays, «Aucune place disponible») are 24×24 themselves, not only spaced out.
    const boxes = await page
      .getByRole("checkbox")
      .evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect()))
      .then((rects) => rects.map((rect) => [Math.round(rect.width), Math.round(rect.height)]));
    expect(boxes.length).toBeGreaterThan(5);
    expect(boxes.filter(([w, h]) => w! < 24 || h! < 24)).toEqual([]);
    expect(await history.evaluate((element) => getComputedStyle(element).overflowX)).toBe("auto");
    await expectNoAccessibilityViolations(page);
  });
}
