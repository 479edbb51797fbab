// `npm run db:migrate`            apply pending migrations
// `npm run db:migrate -- NAME`    also write a new migration from the schema changes (non-interactive:
//                                 `prisma migrate dev` refuses data-loss warnings in scripts)
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { ensureDatabase } from "./lib/local-database";
import { bin, migrateDeploy } from "./lib/run";

if (existsSync(".env")) process.loadEnvFile(".env");

async function main() {
  const name = process.argv[2];
  const database = await ensureDatabase();
  try {
    await migrateDeploy(database.url);
    if (!name) return;
    const sql = execFileSync(
      bin("prisma"),
      [
        "migrate",
        "diff",
        "--from-migrations",
        "prisma/migrations",
        "--to-schema-datamodel",
        "prisma/schema.prisma",
        "--script",
      ],
      { env: { ...process.env, DATABASE_URL: database.url }, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
    );
    if (!/CREATE|ALTER|DROP/.test(sql)) {
      console.log("Aucune différence entre le schéma et les migrations.");
      return;
    }
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const folder = path.join("prisma", "migrations", `${stamp}_${name.replace(/\W+/g, "_")}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, "migration.sql"), sql);
    console.log(`Migration écrite : ${folder}`);
    await migrateDeploy(database.url);
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
