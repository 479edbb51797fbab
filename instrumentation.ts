export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Importing lib/env validates every setting now, so a misconfigured instance fails at start-up.
  const { startBackgroundWorker } = await import("@/lib/jobs/background-worker");
  startBackgroundWorker();
}
