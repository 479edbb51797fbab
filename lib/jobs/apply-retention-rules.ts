import "server-only";
import { db } from "@/lib/db";
import { purgeExpiredRateLimits } from "@/lib/security/rate-limit";

const DAY_MS = 86_400_000;
// What the privacy page (app/(commun)/donnees-personnelles) promises: change both together.
export const SENT_EMAIL_CONTENT_DAYS = 30;
export const CONNECTION_LOG_DAYS = 365;

/**
 * Deletes what is kept no longer than its rule: e-mails sent (or given up) more than 30 days ago lose
 * their recipient, subject and body, which carry families' addresses, references and communes, and keep
 * only a trace (template, dates, status); connection-log entries go after a year; expired rate-limit
 * counters and used captchas as soon as they are over. Run hourly by the background worker.
 */
export async function applyRetentionRules(now = new Date()) {
  const emailCutoff = new Date(now.getTime() - SENT_EMAIL_CONTENT_DAYS * DAY_MS);
  const [emails, connections, rateLimits, captchas] = await db.$transaction([
    db.outboxEmail.updateMany({
      where: {
        status: { in: ["SENT", "FAILED"] },
        OR: [{ sentAt: { lt: emailCutoff } }, { sentAt: null, createdAt: { lt: emailCutoff } }],
        NOT: { to: "" },
      },
      data: { to: "", subject: "", html: "", text: "", lastError: null },
    }),
    db.connectionLog.deleteMany({ where: { at: { lt: new Date(now.getTime() - CONNECTION_LOG_DAYS * DAY_MS) } } }),
    purgeExpiredRateLimits(now),
    db.usedCaptcha.deleteMany({ where: { expiresAt: { lt: now } } }),
  ]);
  return {
    emailsStripped: emails.count,
    connectionsDeleted: connections.count,
    rateLimitsDeleted: rateLimits.count,
    captchasDeleted: captchas.count,
  };
}
