import type { TestProject } from "vitest/node";
import { startTestServices, type TestServices } from "../../scripts/lib/test-services";

let services: TestServices | null = null;

// Real PostgreSQL and a real SMTP sink for the integration tests; the workers inherit the settings.
export async function setup(project: TestProject) {
  services = await startTestServices(process.env.TEST_DATA_NAME ?? "integration", {
    NODE_ENV: "test",
    BACKGROUND_WORKER: "false",
  });
  for (const key of [
    "DATABASE_URL",
    "SMTP_URL",
    "MAIL_SINK_DIR",
    "NEXTAUTH_SECRET",
    "BCRYPT_COST",
    "NODE_ENV",
    "BACKGROUND_WORKER",
  ]) {
    process.env[key] = services.env[key];
  }
  project.provide("mailDir", services.mailDir);
}

export async function teardown() {
  await services?.stop();
}

declare module "vitest" {
  // Augmenting vitest's type takes an interface (declaration merging).
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    mailDir: string;
  }
}
