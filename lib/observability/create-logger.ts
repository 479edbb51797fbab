// Structured logs: one JSON object per line on standard output (pino), at LOG_LEVEL; readable lines in
// development (pino-pretty). What is logged never holds e-mail addresses, passwords or families' data:
// requests are logged by route pattern (lib/observability/route-pattern.ts), people by id.
// No `server-only`: scripts/production-server.ts uses it before Next loads.
import pino, { type Logger } from "pino";

export function createLogger(destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    // Validated with the other settings (lib/server-process-settings.ts).
    level: process.env.LOG_LEVEL || "info",
    base: { pid: process.pid },
    // Defence in depth: should a caller pass these, they are never written.
    redact: { paths: ["email", "to", "password", "*.email", "*.password", "headers.cookie"], censor: "[masqué]" },
  };
  if (destination) return pino(options, destination);
  if (process.env.NODE_ENV === "development")
    return pino({ ...options, transport: { target: "pino-pretty", options: { colorize: true } } });
  return pino(options);
}
