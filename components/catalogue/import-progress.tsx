"use client";

import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";

type Progress = { state: string; processed: number; total: number };

/** Polls the import's progress (kept in PostgreSQL) and reloads the page when the import ends. */
export function ImportProgress({ jobId, initial }: { jobId: string; initial: Progress }) {
  const router = useRouter();
  const [progress, setProgress] = useState(initial);
  useEffect(() => {
    const poll = async () => {
      const response = await fetch(`/caf/structures/import/${jobId}/progression`, { cache: "no-store" }).catch(
        () => null,
      );
      if (!response?.ok) return;
      const next = (await response.json()) as Progress;
      setProgress(next);
      if (next.state !== "running") {
        clearInterval(timer);
        router.refresh();
      }
    };
    const timer = setInterval(() => void poll(), 1000);
    return () => clearInterval(timer);
  }, [jobId, router]);
  const percent = progress.total > 0 ? Math.round((progress.processed / progress.total) * 100) : 0;
  return (
    <div className="space-y-2">
      <label htmlFor="import-progress" className="field-label">
        Import en cours
      </label>
      <progress id="import-progress" max={progress.total} value={progress.processed} className="h-4 w-full" />
      <p role="status" aria-live="polite">
        {progress.processed.toLocaleString("fr-FR")} ligne{progress.processed > 1 ? "s" : ""} traitée
        {progress.processed > 1 ? "s" : ""} sur {progress.total.toLocaleString("fr-FR")} ({percent} %)
      </p>
    </div>
  );
}
