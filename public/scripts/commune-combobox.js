// @ts-check
/*
 * The behaviour of every commune field: the ARIA "combobox with listbox popup" pattern (list autocomplete,
 * manual selection). One implementation for the families' search page, served without React (it loads
 * this module from public/scripts/search-form.js), and for the React forms (components/commune-combobox.tsx
 * renders the markup and attaches this behaviour). Without JavaScript the field stays a plain text input.
 *
 * Markup contract (components/commune-combobox.tsx renders it):
 *   <input id=ID role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="ID-listbox">
 *   <p id="ID-status" role="status">            polite: how many communes are proposed, which one was chosen
 *   <ul id="ID-listbox" role="listbox" hidden>   filled here with <li role="option" id="ID-option-N">
 * The field keeps the focus throughout: the active option is pointed at with aria-activedescendant.
 */

/** @typedef {{ inseeCode: string; name: string; postcodes: string[] }} Commune */
/**
 * @typedef {object} ComboboxOptions
 * @property {() => string | undefined} [departement] the département to search in, read at each search
 * @property {(commune: Commune | null) => unknown} onChoose called with the chosen commune, and with
 *   null when the text changes after a choice; it may return a text to announce instead of the default
 * @property {boolean} [clearOnChoose] empty the field after a choice (pickers that collect several communes)
 */

export const MIN_QUERY_LENGTH = 2;
const DEBOUNCE_MS = 250;

/** "Nérac (47600)": how a commune is named in suggestions and once chosen. */
export function communeLabel(/** @type {Pick<Commune, "name" | "postcodes">} */ commune) {
  return `${commune.name} (${commune.postcodes.join(", ")})`;
}

/** The ids of the parts of the combobox whose field has the id `id`. */
export function comboboxIds(/** @type {string} */ id) {
  return { listbox: `${id}-listbox`, status: `${id}-status`, option: (/** @type {number} */ i) => `${id}-option-${i}` };
}

/** What the live region says once suggestions arrive. */
export function suggestionsMessage(/** @type {number} */ count) {
  if (count === 0) return "Aucune commune ne correspond.";
  const plural = count > 1 ? "s" : "";
  return `${count} commune${plural} proposée${plural} : flèches haut et bas pour les parcourir, Entrée pour choisir.`;
}

/**
 * The option a key makes active among `count`, given the active one (-1: none); null when the key does not
 * move in the list. Up and down wrap around, as in the ARIA Authoring Practices' examples.
 */
export function nextActiveOption(/** @type {string} */ key, /** @type {number} */ active, /** @type {number} */ count) {
  if (count === 0) return null;
  switch (key) {
    case "ArrowDown":
      return active < 0 || active >= count - 1 ? 0 : active + 1;
    case "ArrowUp":
      return active <= 0 ? count - 1 : active - 1;
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return null;
  }
}

/**
 * Makes the field `input` (rendered with the markup above) a commune combobox.
 * @param {HTMLInputElement} input
 * @param {ComboboxOptions} options
 * @returns {{ suggest: () => void; destroy: () => void }}
 */
export function attachCommuneCombobox(input, options) {
  const ids = comboboxIds(input.id);
  const listbox = /** @type {HTMLUListElement} */ (document.getElementById(ids.listbox));
  const status = /** @type {HTMLElement} */ (document.getElementById(ids.status));
  /** @type {Commune[]} */
  let communes = [];
  let open = false;
  let active = -1;
  /** @type {AbortController | null} */
  let pending = null;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;

  function render() {
    listbox.hidden = !open || communes.length === 0;
    input.setAttribute("aria-expanded", String(!listbox.hidden));
    listbox.replaceChildren(
      ...communes.map((commune, index) => {
        const option = Object.assign(document.createElement("li"), {
          id: ids.option(index),
          textContent: communeLabel(commune),
        });
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", String(index === active));
        // The field keeps the focus (and the on-screen keyboard stays open): a press must not blur it.
        option.addEventListener("pointerdown", (event) => event.preventDefault());
        option.addEventListener("click", () => choose(index));
        return option;
      }),
    );
    if (active >= 0) {
      input.setAttribute("aria-activedescendant", ids.option(active));
      document.getElementById(ids.option(active))?.scrollIntoView({ block: "nearest" });
    } else input.removeAttribute("aria-activedescendant");
  }

  // The suggestions are kept while the text is the same: ArrowDown opens the list again.
  function close() {
    open = false;
    active = -1;
    render();
  }

  function choose(/** @type {number} */ index) {
    const commune = communes[index];
    if (!commune) return;
    communes = [];
    close();
    const announced = options.onChoose(commune);
    input.value = options.clearOnChoose ? "" : communeLabel(commune);
    status.textContent =
      typeof announced === "string" && announced ? announced : `Commune choisie : ${communeLabel(commune)}.`;
    input.focus();
  }

  function suggest() {
    clearTimeout(timer);
    pending?.abort();
    const text = input.value.trim();
    communes = [];
    close();
    if (text.length < MIN_QUERY_LENGTH) {
      status.textContent = "";
      return;
    }
    const controller = (pending = new AbortController());
    const departement = options.departement?.();
    const query = new URLSearchParams({ q: text, ...(departement ? { departement } : {}) });
    timer = setTimeout(() => void lookUp(query, controller), DEBOUNCE_MS);
  }

  async function lookUp(/** @type {URLSearchParams} */ query, /** @type {AbortController} */ controller) {
    status.textContent = "Recherche des communes…";
    try {
      const response = await fetch(`/api/communes?${query}`, { signal: controller.signal });
      if (!response.ok) throw new Error(String(response.status));
      const body = /** @type {unknown} */ (await response.json());
      communes = /** @type {{ communes: Commune[] }} */ (body).communes;
      open = document.activeElement === input;
      render();
      status.textContent = suggestionsMessage(communes.length);
    } catch {
      if (controller.signal.aborted) return;
      status.textContent = "Les suggestions de communes sont indisponibles : continuez avec le texte saisi.";
    }
  }

  function onInput() {
    options.onChoose(null);
    suggest();
  }

  function onKeyDown(/** @type {KeyboardEvent} */ event) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === "Escape") {
      // First Escape closes the list, a second one empties the field (ARIA Authoring Practices).
      if (!listbox.hidden) close();
      else if (input.value) {
        input.value = "";
        options.onChoose(null);
        status.textContent = "";
      } else return;
      event.preventDefault();
      return;
    }
    if (event.key === "Enter") {
      if (!listbox.hidden && active >= 0) {
        event.preventDefault();
        choose(active);
      }
      return;
    }
    if (event.key === "Tab") {
      close();
      return;
    }
    // Home and End move the caret while the list is closed; the arrows open it.
    if (!open && (event.key === "Home" || event.key === "End")) return;
    const next = nextActiveOption(event.key, active, communes.length);
    if (next === null) return;
    event.preventDefault();
    open = true;
    active = next;
    render();
  }

  // Closed by a click elsewhere once that click is done, not on blur: the list sits in the flow of the page,
  // and closing it as the button goes down would move what is under the pointer before the click lands.
  const onClickElsewhere = (/** @type {MouseEvent} */ event) => {
    const target = /** @type {Node} */ (event.target);
    if (target !== input && !listbox.contains(target)) close();
  };
  input.addEventListener("input", onInput);
  input.addEventListener("keydown", onKeyDown);
  document.addEventListener("click", onClickElsewhere);
  return {
    suggest,
    destroy() {
      clearTimeout(timer);
      pending?.abort();
      input.removeEventListener("input", onInput);
      input.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("click", onClickElsewhere);
    },
  };
}
