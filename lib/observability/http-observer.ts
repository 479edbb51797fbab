// One log line and the metrics of every request the production server answers: method, route (a pattern:
// lib/observability/route-pattern.ts), status, duration, request id and the signed-in person's id. Nothing
// else of the request is kept: no query string, no body, no e-mail address.
// No `server-only`: scripts/production-server.ts uses it before Next loads.
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "pino";
import { sessionCookieName } from "@/lib/http/session-cookie";
import { decodeSessionToken } from "@/lib/http/session-token";
import { httpRequestDuration, httpRequests } from "./metrics";
import { routePattern } from "./route-pattern";

export const REQUEST_ID_HEADER = "x-request-id";

function cookieValue(request: IncomingMessage, name: string): string | null {
  for (const part of request.headers.cookie?.split(";") ?? []) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return decodeURIComponent(value.join("="));
  }
  return null;
}

/** The user id in the signed session cookie, if any (the token is only decoded, never trusted for access). */
async function sessionUserId(request: IncomingMessage, secret: string | undefined): Promise<string | null> {
  const token = cookieValue(request, sessionCookieName(true)) ?? cookieValue(request, sessionCookieName(false));
  if (!token || !secret) return null;
  try {
    const decoded = await decodeSessionToken({ token, secret });
    return typeof decoded?.userId === "string" ? decoded.userId : null;
  } catch {
    return null;
  }
}

export function observeRequest(
  request: IncomingMessage,
  response: ServerResponse,
  options: { logger: Logger; secret: string | undefined },
): void {
  const started = process.hrtime.bigint();
  const requestId = randomUUID();
  // The id the app and the logs share; a client's own value is replaced.
  request.headers[REQUEST_ID_HEADER] = requestId;
  response.setHeader("X-Request-Id", requestId);
  // The token is decrypted only for a line that will be written.
  const logged = options.logger.isLevelEnabled("info");
  const userId = logged ? sessionUserId(request, options.secret) : null;
  response.once("finish", () => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    // Unknown paths (scanners) would each make a new label value: they share one.
    const route = response.statusCode === 404 ? "(inconnue)" : routePattern(request.url);
    const labels = { route, method: request.method ?? "GET", status: String(response.statusCode) };
    httpRequests.inc(labels);
    httpRequestDuration.observe(labels, seconds);
    void userId?.then((id) =>
      options.logger.info(
        { requestId, ...labels, status: response.statusCode, durationMs: Math.round(seconds * 1e4) / 10, userId: id },
        "request",
      ),
    );
  });
}
