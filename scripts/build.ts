// `npm run build`: the production build (see scripts/lib/build-app.ts).
import { buildApp } from "./lib/build-app";

buildApp().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
