"use client";

import { useEffect, useRef } from "react";

/** Lists the errors of a step with links to each field, and takes focus so it is read first. */
export function ErrorSummary({ errors, message }: { errors: Record<string, string>; message?: string | null }) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors);
  useEffect(() => {
    if (entries.length > 0 || message) ref.current?.focus();
  }, [entries.length, message]);
  if (entries.length === 0 && !message) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" className="mb-6 border-l-4 border-erreur bg-red-50 p-4">
      <h2 className="font-bold text-erreur">{message ?? "Le formulaire contient des erreurs"}</h2>
      {entries.length > 0 && (
        <ul className="mt-2 list-disc pl-5">
          {entries.map(([field, error]) => (
            <li key={field}>
              <a href={`#${field.replaceAll(".", "-")}`}>{error}</a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
