// Methods the application answers at all. TRACE, TRACK, CONNECT and anything unknown are refused before
// Next sees them (its router answered TRACE with a 500, and a stack trace in development).
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Duplex } from "node:stream";

export const SERVED_METHODS = ["GET", "HEAD", "POST", "PUT", "OPTIONS"] as const;
const ALLOW = SERVED_METHODS.join(", ");
const MESSAGE = "Méthode HTTP non prise en charge.";

/** True when it answered 405 (with `Allow`); problem+json under /api/v1, like every error there. */
export function refuseUnservedMethod(request: IncomingMessage, response: ServerResponse): boolean {
  if ((SERVED_METHODS as readonly string[]).includes(request.method ?? "")) return false;
  const api = (request.url ?? "").startsWith("/api/v1");
  const body = api
    ? JSON.stringify({
        type: "https://monenfant.fr/api/v1/problemes/methodNotAllowed",
        title: "Méthode non autorisée",
        status: 405,
        detail: MESSAGE,
      })
    : MESSAGE;
  response.writeHead(405, {
    Allow: ALLOW,
    "Content-Type": api ? "application/problem+json" : "text/plain; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
  });
  response.end(body);
  return true;
}

/** CONNECT never reaches the request handler (Node emits `connect`): answer it on the raw socket. */
export function refuseConnect(_request: IncomingMessage, socket: Duplex) {
  socket.end(`HTTP/1.1 405 Method Not Allowed\r\nAllow: ${ALLOW}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
}
