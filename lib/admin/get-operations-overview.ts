import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { requireCnaf } from "./require-cnaf";

const FAILED_PAGE_SIZE = 50;

/**
 * What an operator watches (/admin/exploitation): each periodic loop's latest run, whichever instance ran it;
 * the scheduled jobs by kind and status; the outbox backlog and the messages abandoned after every retry.
 */
export async function getOperationsOverview(actor: SessionUser) {
  requireCnaf(actor);
  const [periodicJobs, scheduledJobs, pending, oldestPending, failedCount, failed] = await Promise.all([
    db.periodicJobState.findMany({ orderBy: { name: "asc" } }),
    db.job.groupBy({ by: ["kind", "status"], _count: { _all: true }, _min: { runAt: true }, orderBy: { kind: "asc" } }),
    db.outboxEmail.count({ where: { status: "PENDING" } }),
    db.outboxEmail.findFirst({
      where: { status: "PENDING" },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true },
    }),
    db.outboxEmail.count({ where: { status: "FAILED" } }),
    db.outboxEmail.findMany({
      where: { status: "FAILED" },
      orderBy: { createdAt: "desc" },
      take: FAILED_PAGE_SIZE,
      select: { id: true, template: true, subject: true, attempts: true, lastError: true, createdAt: true },
    }),
  ]);
  return {
    periodicJobs,
    scheduledJobs: scheduledJobs.map((group) => ({
      kind: group.kind,
      status: group.status,
      count: group._count._all,
      nextRunAt: group.status === "PENDING" ? group._min.runAt : null,
    })),
    outbox: { pending, oldestPendingAt: oldestPending?.createdAt ?? null, failedCount, failed },
  };
}
