// @ts-check
// The search page's script (the page is served without Next's runtime): the commune combobox on the
// "Commune ou code postal" field (./commune-combobox.js, shared with the React forms), and a shareable URL
// without the empty fields. The form works without it (components/search/search-form.tsx renders the
// elements used here). A module, loaded `async` (so that React also loads it when it renders the form in
// the browser, in development): it may run before the form is parsed, so it waits for it.
import { attachCommuneCombobox } from "./commune-combobox.js";

function enhanceSearchForm() {
  const form = /** @type {HTMLFormElement} */ (document.getElementById("search-form"));
  const lieu = /** @type {HTMLInputElement} */ (document.getElementById("lieu"));
  const departement = /** @type {HTMLSelectElement} */ (document.getElementById("departement"));

  // Choosing a commune sends its INSEE code with the typed text; changing the text drops it.
  function setCommune(/** @type {string | null} */ inseeCode) {
    document.getElementById("commune")?.remove();
    if (!inseeCode) return;
    const input = Object.assign(document.createElement("input"), {
      type: "hidden",
      id: "commune",
      name: "commune",
      value: inseeCode,
    });
    lieu.after(input);
  }

  // Suggest only while the family types: not for the text of a search already made.
  let typing = false;
  const combobox = attachCommuneCombobox(lieu, {
    departement: () => departement.value || undefined,
    onChoose: (commune) => setCommune(commune?.inseeCode ?? null),
  });
  lieu.addEventListener("input", () => (typing = true));
  departement.addEventListener("change", () => typing && !document.getElementById("commune") && combobox.suggest());

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form))
      if (typeof value === "string" && value.trim()) params.append(key, value.trim());
    location.assign(`${form.action}?${params}`);
  });
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", enhanceSearchForm);
else enhanceSearchForm();
