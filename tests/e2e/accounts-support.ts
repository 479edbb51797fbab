import { execFileSync } from "node:child_process";
import { e2eRuntime } from "./support";

/** Runs tests/support/access-fixtures.ts against the e2e database (Prisma and the app's own use cases). */
export function runAccessFixture(baseURL: string, ...args: string[]) {
  execFileSync("node_modules/.bin/tsx", ["--require", "./tests/support/server-only-shim.cjs", "tests/support/access-fixtures.ts", ...args], {
    env: { ...process.env, DATABASE_URL: e2eRuntime().databaseUrl, APP_URL: baseURL, SMTP_URL: "smtp://127.0.0.1:25", NEXTAUTH_SECRET: "fixture-script-only-".padEnd(40, "x"), NODE_ENV: "test" },
    stdio: "inherit",
  });
}

export const uniqueEmail = (label: string) => `${label}.${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}@test.monenfant.fr`;
