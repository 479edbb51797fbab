import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { TEST_SECRET } from "../../scripts/lib/test-services";

/** Where scripts/e2e-server.ts put the database and the SMTP sink's folder. */
export function e2eRuntime(): { databaseUrl: string; mailDir: string } {
  return JSON.parse(readFileSync(path.resolve(".data", process.env.E2E_NAME ?? "e2e", "runtime.json"), "utf8"));
}

/** Runs tests/support/access-fixtures.ts against the e2e database (Prisma and the app's own use cases). */
export function runAccessFixture(baseURL: string, ...args: string[]) {
  execFileSync(
    "node_modules/.bin/tsx",
    ["--require", "./scripts/lib/server-only-shim.cjs", "tests/support/access-fixtures.ts", ...args],
    {
      env: {
        ...process.env,
        DATABASE_URL: e2eRuntime().databaseUrl,
        APP_URL: baseURL,
        SMTP_URL: "smtp://127.0.0.1:25",
        // The e2e server's own secret (scripts/lib/test-services.ts): a TOTP secret sealed here must open there.
        NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? TEST_SECRET,
        NODE_ENV: "test",
      },
      stdio: "inherit",
    },
  );
}
