import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { createDatabasePool } from "@/lib/database-pool";

function createClient() {
  return new PrismaClient({
    adapter: new PrismaPg(createDatabasePool({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_SIZE })),
  });
}

// Dev hot-reload re-evaluates modules: keep one client (and one pool) per process.
const globalForPrisma = globalThis as unknown as { prisma?: ReturnType<typeof createClient> };

export const db = globalForPrisma.prisma ?? createClient();
globalForPrisma.prisma = db;

export type Db = typeof db;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
