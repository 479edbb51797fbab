"use client";

import { ServerErrorMessage } from "@/components/server-error-message";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <ServerErrorMessage>
      <button type="button" className="btn-primary mt-6" onClick={reset}>Réessayer</button>
    </ServerErrorMessage>
  );
}
