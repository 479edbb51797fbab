// @ts-check
// The search page's only script (the page is served without Next's runtime): commune suggestions under
// the "Commune ou code postal" field, and a shareable URL without the empty fields. The form works
// without it (components/search/search-form.tsx renders the elements used here). Loaded `async` (so that
// React also loads it when it renders the form in the browser, in development), it may run before the
// form is parsed: it waits for it.
function enhanceSearchForm() {
  const form = /** @type {HTMLFormElement} */ (document.getElementById("search-form"));
  const lieu = /** @type {HTMLInputElement} */ (document.getElementById("lieu"));
  const departement = /** @type {HTMLSelectElement} */ (document.getElementById("departement"));
  const status = /** @type {HTMLElement} */ (document.getElementById("lieu-suggestions-status"));
  const list = /** @type {HTMLUListElement} */ (document.getElementById("lieu-suggestions"));
  const DEBOUNCE_MS = 250;
  /** @type {AbortController | null} */
  let pending = null;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;

  /** @param {{ name: string; postcodes: string[] }} commune  — the label of components/commune-suggestions.tsx */
  const label = (commune) => `${commune.name} (${commune.postcodes.join(", ")})`;

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

  function show(
    /** @type {{ name: string; postcodes: string[]; inseeCode: string }[]} */ communes,
    /** @type {string} */ message,
  ) {
    status.textContent = message;
    list.replaceChildren(
      ...communes.map((commune) => {
        const button = Object.assign(document.createElement("button"), {
          type: "button",
          className: list.dataset.buttonClass ?? "",
          textContent: label(commune),
        });
        button.addEventListener("click", () => {
          lieu.value = label(commune);
          setCommune(commune.inseeCode);
          show([], "");
          lieu.focus();
        });
        const item = document.createElement("li");
        item.append(button);
        return item;
      }),
    );
    list.hidden = communes.length === 0;
  }

  // Suggest only while the family types: not for the text of a search already made.
  function suggest() {
    clearTimeout(timer);
    pending?.abort();
    const text = lieu.value.trim();
    if (text.length < 2) {
      show([], "");
      return;
    }
    status.textContent = "Recherche des communes…";
    const controller = (pending = new AbortController());
    const query = new URLSearchParams({ q: text, ...(departement.value ? { departement: departement.value } : {}) });
    timer = setTimeout(() => void fetchSuggestions(query, controller), DEBOUNCE_MS);
  }

  /**
   * @param {URLSearchParams} query
   * @param {AbortController} controller
   */
  async function fetchSuggestions(query, controller) {
    try {
      const response = await fetch(`/api/communes?${query.toString()}`, { signal: controller.signal });
      if (!response.ok) throw new Error(String(response.status));
      // The JSDoc cast states the shape of our own endpoint's answer; ESLint does not see JSDoc casts.
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment
      const { communes } = /** @type {{ communes: { name: string; postcodes: string[]; inseeCode: string }[] }} */ (
        await response.json()
      );
      show(
        communes,
        `${communes.length} commune${communes.length > 1 ? "s" : ""} proposée${communes.length > 1 ? "s" : ""}`,
      );
    } catch {
      if (!controller.signal.aborted)
        show([], "Les suggestions sont indisponibles : lancez la recherche avec le texte saisi.");
    }
  }

  let typing = false;
  lieu.addEventListener("input", () => {
    typing = true;
    setCommune(null);
    suggest();
  });
  departement.addEventListener("change", () => typing && !document.getElementById("commune") && suggest());

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form))
      if (typeof value === "string" && value.trim()) params.append(key, value.trim());
    location.assign(`${form.action}?${params.toString()}`);
  });
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", enhanceSearchForm);
else enhanceSearchForm();
