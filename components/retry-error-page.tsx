"use client";

import { ServerErrorMessage } from "@/components/server-error-message";

/** The App Router's error page (each route group's error.tsx), inside the group's frame and header. */
export default function RetryErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <ServerErrorMessage>
      <button type="button" className="btn-primary mt-6" onClick={reset}>
        Réessayer
      </button>
    </ServerErrorMessage>
  );
}
