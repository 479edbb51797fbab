// @ts-check
// The search results on a map, for families who ask for it: the page stays plain HTML, and Leaflet (served by
// this site, app/carte/leaflet) is only downloaded when "Voir sur la carte" is pressed. The map shows the
// facilities of the list on this page, which stays the way in for keyboards and screen readers: each marker
// opens a card with the facility's link, as in the list.
(() => {
  const toggle = document.getElementById("map-toggle");
  const container = document.getElementById("results-map");
  if (!(toggle instanceof HTMLButtonElement) || !(container instanceof HTMLElement)) return;
  toggle.hidden = false;
  /** @type {Promise<void> | null} */
  let shown = null;

  toggle.addEventListener("click", () => {
    const open = toggle.getAttribute("aria-expanded") !== "true";
    toggle.setAttribute("aria-expanded", String(open));
    toggle.textContent = open ? "Masquer la carte" : "Voir sur la carte";
    container.hidden = !open;
    if (open) shown ??= showMap(container);
  });

  /** @param {string} tag @param {Record<string, string>} attributes */
  function load(tag, attributes) {
    return new Promise((resolve, reject) => {
      const element = document.createElement(tag);
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      element.addEventListener("load", resolve);
      element.addEventListener("error", reject);
      document.head.append(element);
    });
  }

  /** @param {HTMLElement} container */
  async function showMap(container) {
    await Promise.all([
      load("link", { rel: "stylesheet", href: "/carte/leaflet/leaflet.css" }),
      load("script", { src: "/carte/leaflet/leaflet.js" }),
    ]);
    /** @type {any} */
    const L = /** @type {any} */ (window).L;
    const map = L.map(container, { scrollWheelZoom: false });
    const attribution = document.createElement("span");
    attribution.textContent = container.dataset.attribution ?? "";
    L.tileLayer(container.dataset.tiles, { attribution: attribution.innerHTML, maxZoom: 18 }).addTo(map);
    /** @type {[number, number][]} */
    const points = [];
    for (const card of document.querySelectorAll("li[data-latitude]")) {
      if (!(card instanceof HTMLElement)) continue;
      const point = /** @type {[number, number]} */ ([Number(card.dataset.latitude), Number(card.dataset.longitude)]);
      const link = card.querySelector("h3 a");
      const popup = document.createElement("div");
      if (link) popup.append(link.cloneNode(true));
      for (const line of card.querySelectorAll("[data-map-line]")) popup.append(line.cloneNode(true));
      points.push(point);
      L.marker(point, { title: link?.textContent ?? "", alt: link?.textContent ?? "" })
        .addTo(map)
        .bindPopup(popup);
    }
    if (points.length > 0) map.fitBounds(points, { padding: [24, 24], maxZoom: 14 });
  }
})();
