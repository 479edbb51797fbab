// The process's logger (see create-logger.ts). One per process, shared by Next's bundles and the production
// server: their module copies differ, globalThis does not.
// No `server-only`: scripts/production-server.ts uses it before Next loads.
import type { Logger } from "pino";
import { createLogger } from "./create-logger";

const shared = globalThis as unknown as { monenfantLogger?: Logger };
export const logger: Logger = (shared.monenfantLogger ??= createLogger());
