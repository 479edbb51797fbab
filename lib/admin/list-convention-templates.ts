import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { requireCnaf } from "./require-cnaf";
import { conventionTypeSchema } from "./convention-template-schema";

const VERSIONS_SHOWN = 50;

/** A template type's versions, latest first, with how many conventions each one was generated with. */
export async function listConventionTemplates(actor: SessionUser, rawType: unknown) {
  requireCnaf(actor);
  const type = conventionTypeSchema.parse(rawType);
  const versions = await db.conventionTemplate.findMany({
    where: { type },
    select: {
      id: true,
      version: true,
      title: true,
      body: true,
      publishedAt: true,
      createdAt: true,
      _count: { select: { conventions: true } },
    },
    orderBy: { version: "desc" },
    take: VERSIONS_SHOWN,
  });
  const draft = versions.find((version) => !version.publishedAt) ?? null;
  const current = versions.find((version) => version.publishedAt) ?? null;
  return { type, versions, draft, current };
}
