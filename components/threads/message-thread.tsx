import type { ReactNode } from "react";
import { formatMediumDateTime } from "@/lib/text/french-dates";

export type ThreadMessage = {
  id: string;
  from: "CAF" | "PARTNER";
  body: string;
  createdAt: Date;
  author: { firstName: string; lastName: string } | null;
};

/** The exchanges between the Caf and the partner, oldest first, then the form to write (given by the page). */
export function MessageThread({
  titleId,
  title,
  messages,
  partnerName,
  children,
}: {
  titleId: string;
  title: string;
  messages: ThreadMessage[];
  partnerName: string;
  children?: ReactNode;
}) {
  return (
    <section aria-labelledby={titleId} className="space-y-3">
      <h2 id={titleId} className="text-xl font-bold">
        {title}
      </h2>
      {messages.length === 0 ? (
        <p>Aucun message pour l'instant.</p>
      ) : (
        <ol className="space-y-3">
          {messages.map((message) => (
            <li
              key={message.id}
              className={`border-l-4 p-3 ${message.from === "CAF" ? "border-bleu bg-bleu-clair" : "border-gray-400 bg-gray-50"}`}
            >
              <p className="text-sm font-bold">
                {message.from === "CAF"
                  ? "La Caf"
                  : message.author
                    ? `${message.author.firstName} ${message.author.lastName}`
                    : partnerName}{" "}
                — {formatMediumDateTime(message.createdAt)}
              </p>
              <p className="mt-1 whitespace-pre-line">{message.body}</p>
            </li>
          ))}
        </ol>
      )}
      {children}
    </section>
  );
}
