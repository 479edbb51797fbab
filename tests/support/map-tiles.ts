// The map's tiles in the e2e run: a local tile server (tests/e2e/map.spec.ts starts it) on a port derived from
// the app's, so that parallel runs never share one. The app is built and started with this URL.
export const mapTilePort = (appPort: string | number) => Number(appPort) + 2000;
export const mapTileUrl = (appPort: string | number) =>
  `http://127.0.0.1:${mapTilePort(appPort)}/tuiles/{z}/{x}/{y}.png`;
export const MAP_TEST_ATTRIBUTION = "Fond de carte d'essai";
