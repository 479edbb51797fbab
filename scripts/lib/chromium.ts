import { existsSync } from "node:fs";

/** The Chromium the e2e suite and the bench's Lighthouse drive: Playwright cannot download browsers on closed networks. */
export const chromiumPath = (): string | undefined =>
  process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

/** The launch flags that avoid hangs on a closed network (STACK-NOTES). */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--headless=new",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
