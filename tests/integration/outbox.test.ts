import { randomUUID } from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import { createElement } from "react";
import { db } from "@/lib/db";
import { drainOutbox, enqueueEmail } from "@/lib/email/outbox";
import { startMailSink } from "@/lib/dev/mail-sink";
import { listSinkMessages } from "@/lib/dev/mailbox";
import { GeneratedPasswordEmail } from "@/emails/generated-password-email";
import { freePort } from "../../scripts/lib/ports";
import { waitForMail } from "../support/mail";
import { drainAll } from "../support/outbox";

function passwordEmail(to: string, password: string) {
  return {
    template: "generated-password",
    to,
    subject: "Votre compte est ouvert — accès réservé à Bérénice",
    sensitive: true,
    body: createElement(GeneratedPasswordEmail, {
      firstName: "Bérénice",
      email: to,
      password,
      loginUrl: "http://localhost/connexion",
      reason: "activation",
    }),
  } as const;
}

describe("@foundation e-mail outbox", () => {
  it("@foundation delivers a message through real SMTP, accents intact, and scrubs the password afterwards", async () => {
    const to = `roundtrip-${randomUUID()}@exemple.fr`;
    const queued = await enqueueEmail(passwordEmail(to, "Xy7kP2qR"));
    expect(queued.status).toBe("PENDING");
    expect(queued.text).toContain("Xy7kP2qR");

    const result = await drainAll();
    expect(result.sent).toBeGreaterThanOrEqual(1);

    const received = await waitForMail(inject("mailDir"), (m) => m.to.includes(to));
    expect(received.subject).toBe("Votre compte est ouvert — accès réservé à Bérénice");
    expect(received.text).toContain("Bonjour Bérénice");
    expect(received.text).toContain("Xy7kP2qR");
    expect(received.html).toContain("Mot de passe provisoire");

    const stored = await db.outboxEmail.findUniqueOrThrow({ where: { id: queued.id } });
    expect(stored.status).toBe("SENT");
    expect(stored.sentAt).not.toBeNull();
    expect(stored.text).not.toContain("Xy7kP2qR");
    expect(stored.html).not.toContain("Xy7kP2qR");
  });

  it("@foundation keeps the message while SMTP is down and sends it exactly once when SMTP is back", async () => {
    // Other tests' messages are sent first, so that only this one meets the outage.
    await drainAll();
    const port = await freePort();
    const smtpUrl = `smtp://127.0.0.1:${port}`;
    const to = `outage-${randomUUID()}@exemple.fr`;
    const queued = await enqueueEmail(passwordEmail(to, "Qw3rTy9Z"));

    const failedAt = new Date();
    const down = await drainOutbox({ smtpUrl, now: failedAt });
    expect(down).toEqual({ sent: 0, failed: 1 });
    const afterFailure = await db.outboxEmail.findUniqueOrThrow({ where: { id: queued.id } });
    expect(afterFailure.status).toBe("PENDING");
    expect(afterFailure.attempts).toBe(1);
    expect(afterFailure.lastError).toBeTruthy();
    expect(afterFailure.nextAttemptAt.getTime()).toBeGreaterThan(failedAt.getTime());
    expect(afterFailure.text).toContain("Qw3rTy9Z");

    // Not due yet: nothing is retried before the back-off delay.
    const early = await drainOutbox({ smtpUrl, now: new Date(failedAt.getTime() + 1000) });
    expect(early.sent + early.failed).toBe(0);

    const dir = `${inject("mailDir")}-outage-${port}`;
    const sink = await startMailSink({ dir, port });
    try {
      const later = new Date(afterFailure.nextAttemptAt.getTime() + 1000);
      const [first, second] = await Promise.all([
        drainOutbox({ smtpUrl, now: later }),
        drainOutbox({ smtpUrl, now: later }),
      ]);
      expect(first.sent + second.sent).toBe(1);
      await waitForMail(dir, (m) => m.to.includes(to));
      // An hour later the message is not sent again (other files' retries may fall due meanwhile: the sink's
      // count for this recipient is what proves "once").
      await drainOutbox({ smtpUrl, now: new Date(later.getTime() + 3_600_000) });
      expect((await listSinkMessages(dir, { to })).length).toBe(1);
      const delivered = await db.outboxEmail.findUniqueOrThrow({ where: { id: queued.id } });
      expect(delivered.status).toBe("SENT");
      expect(delivered.attempts).toBe(2);
    } finally {
      await sink.close();
    }
  });
});
