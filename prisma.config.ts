import path from "node:path";
import { existsSync } from "node:fs";
import type { PrismaConfig } from "prisma";
import { MigrationPgAdapterFactory } from "./prisma/migration-adapter";

// A config file turns off Prisma's own .env loading.
if (existsSync(".env")) process.loadEnvFile(".env");

export default {
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations"), seed: "tsx prisma/seed.ts" },
  adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) return Promise.reject(new Error("DATABASE_URL manquant : impossible d'appliquer les migrations."));
    return Promise.resolve(new MigrationPgAdapterFactory(url));
  },
} satisfies PrismaConfig;
