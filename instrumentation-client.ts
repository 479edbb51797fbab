import { config } from "zod/v4/core";

// Runs in the browser before the App Router's pages start. Zod probes whether it may compile its parsers
// with `new Function`: under the Content-Security-Policy (no 'unsafe-eval' in production, see
// lib/security/content-security-policy.ts) the probe fails quietly but is reported as a violation. The
// forms' schemas run without that compilation in the browser; the server keeps it.
config({ jitless: true });
