import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { env, isProduction } from "@/lib/env";
import { listSinkMessages } from "@/lib/dev/mailbox";
import { formatShortDateTimeWithSeconds } from "@/lib/text/french-dates";

export const metadata: Metadata = { title: "Boîte mail de développement", robots: { index: false } };
export const dynamic = "force-dynamic";

// Development only: what the embedded SMTP sink received. Never available in production.
export default async function DevMailboxPage() {
  if (isProduction || !env.MAIL_SINK_DIR) notFound();
  const messages = (await listSinkMessages(env.MAIL_SINK_DIR)).slice(0, 100);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold">Boîte mail de développement</h1>
        <p className="text-texte-mention">
          Les 100 derniers messages reçus par le serveur SMTP local. Cette page n'existe pas en production.
        </p>
      </div>
      {messages.length === 0 ? (
        <p>Aucun message pour l'instant.</p>
      ) : (
        <ul className="space-y-4">
          {messages.map((message) => (
            <li key={message.id} className="card">
              <details>
                <summary className="cursor-pointer">
                  <strong>{message.subject}</strong> — à {message.to.join(", ")} —{" "}
                  {formatShortDateTimeWithSeconds(new Date(message.receivedAt))}
                </summary>
                <pre className="mt-4 whitespace-pre-wrap text-sm">{message.text}</pre>
              </details>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
