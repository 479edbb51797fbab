import "server-only";
import type { ReactElement } from "react";
import nodemailer from "nodemailer";
import { render } from "@react-email/render";
import { db, type Tx } from "@/lib/db";
import { env } from "@/lib/env";
import type { OutboxEmail } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/observability/logger";

export type OutgoingEmail = {
  template: string;
  to: string;
  subject: string;
  body: ReactElement;
  // Set when the body holds a secret (a generated password): it is scrubbed once delivered.
  sensitive?: boolean;
};

const MAX_ATTEMPTS = 20;
const BATCH_SIZE = 25;
const LOCK_SECONDS = 120;
const SCRUBBED = "[Contenu supprimé après envoi : il contenait un mot de passe.]";

// Exponential back-off: 30 s, 1 min, 2 min… capped at one hour.
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(attempts - 1, 0), 3_600_000);
}

/** Persists the message in the outbox, inside the caller's transaction when one is given. */
export async function enqueueEmail(message: OutgoingEmail, tx: Tx | typeof db = db): Promise<OutboxEmail> {
  const [html, text] = await Promise.all([render(message.body), render(message.body, { plainText: true })]);
  return tx.outboxEmail.create({
    data: {
      template: message.template,
      to: message.to.toLowerCase(),
      subject: message.subject,
      html,
      text,
      sensitive: message.sensitive ?? false,
    },
  });
}

// Each instance claims a batch with SKIP LOCKED, so several app instances never send the same message.
async function claimDueMessages(now: Date): Promise<OutboxEmail[]> {
  return db.$queryRaw<OutboxEmail[]>`
    UPDATE "OutboxEmail" SET "lockedUntil" = ${new Date(now.getTime() + LOCK_SECONDS * 1000)}
    WHERE id IN (
      SELECT id FROM "OutboxEmail"
      WHERE status = 'PENDING' AND "nextAttemptAt" <= ${now}
        AND ("lockedUntil" IS NULL OR "lockedUntil" < ${now})
      ORDER BY "nextAttemptAt"
      LIMIT ${BATCH_SIZE}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING *`;
}

export type DrainResult = { sent: number; failed: number };

export async function drainOutbox(options: { smtpUrl?: string; now?: Date } = {}): Promise<DrainResult> {
  const now = options.now ?? new Date();
  const messages = await claimDueMessages(now);
  if (messages.length === 0) return { sent: 0, failed: 0 };
  const transport = nodemailer.createTransport(options.smtpUrl ?? env.SMTP_URL, { from: env.MAIL_FROM });
  const result: DrainResult = { sent: 0, failed: 0 };
  try {
    for (const message of messages) {
      try {
        const info = await transport.sendMail({
          to: message.to,
          subject: message.subject,
          html: message.html,
          text: message.text,
        });
        await db.outboxEmail.update({
          where: { id: message.id },
          data: {
            status: "SENT",
            sentAt: new Date(),
            messageId: info.messageId,
            attempts: { increment: 1 },
            lockedUntil: null,
            lastError: null,
            ...(message.sensitive ? { html: SCRUBBED, text: SCRUBBED } : {}),
          },
        });
        result.sent += 1;
        logger.info(
          { emailId: message.id, template: message.template, attempt: message.attempts + 1, outcome: "sent" },
          "e-mail attempt",
        );
      } catch (error) {
        const attempts = message.attempts + 1;
        // The SMTP server's answer, not the message: the recipient's address stays out of the logs.
        logger.warn(
          {
            emailId: message.id,
            template: message.template,
            attempt: attempts,
            outcome: attempts >= MAX_ATTEMPTS ? "failed" : "retry",
            error: error instanceof Error ? error.message.replace(/\S+@\S+/g, "[adresse]") : "inconnue",
          },
          "e-mail attempt",
        );
        await db.outboxEmail.update({
          where: { id: message.id },
          data: {
            attempts,
            status: attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING",
            nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)),
            lockedUntil: null,
            lastError: error instanceof Error ? error.message.slice(0, 1000) : String(error),
          },
        });
        result.failed += 1;
      }
    }
  } finally {
    transport.close();
  }
  return result;
}

/** Drains batch after batch until nothing is due (bounded, so one tick never runs forever). */
export async function drainOutboxUntilIdle(
  options: { smtpUrl?: string; now?: Date } = {},
  maxBatches = 40,
): Promise<DrainResult> {
  const total: DrainResult = { sent: 0, failed: 0 };
  for (let batch = 0; batch < maxBatches; batch++) {
    const result = await drainOutbox(options);
    total.sent += result.sent;
    total.failed += result.failed;
    if (result.sent + result.failed === 0) break;
  }
  return total;
}
