// A real SMTP server on 127.0.0.1 that accepts every message and stores it for /dev/boite-mail and tests.
import { SMTPServer } from "smtp-server";
import { simpleParser, type AddressObject } from "mailparser";
import { storeSinkMessage } from "./mailbox";

export type MailSink = { port: number; url: string; close(): Promise<void> };

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.flatMap((entry) => entry.value.map((a) => a.address ?? "")).filter(Boolean);
}

export function startMailSink(options: { dir: string; port: number }): Promise<MailSink> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    banner: "monenfant.fr — boîte d'envoi locale",
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) =>
          storeSinkMessage(options.dir, {
            from: addresses(parsed.from)[0] ?? (session.envelope.mailFrom ? session.envelope.mailFrom.address : ""),
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
          }),
        )
        .then(
          () => callback(),
          (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
        );
    },
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", () =>
      resolve({
        port: options.port,
        url: `smtp://127.0.0.1:${options.port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      }),
    );
  });
}
