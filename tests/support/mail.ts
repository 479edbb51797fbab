import { listSinkMessages, type SinkMessage } from "@/lib/dev/mailbox";

/** Waits until the SMTP sink has received a message matching the predicate. */
export async function waitForMail(
  dir: string,
  predicate: (message: SinkMessage) => boolean,
  timeoutMs = 15_000,
): Promise<SinkMessage> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await listSinkMessages(dir)).find(predicate);
    if (found) return found;
    if (Date.now() > deadline) throw new Error("Aucun courriel correspondant reçu par le serveur SMTP de test.");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
