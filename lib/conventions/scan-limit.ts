// Shared by the server (lib/conventions/activation-evidence.ts) and the activation form, which refuses a
// larger file before sending it.
export const MAX_SCAN_BYTES = 10 * 1024 * 1024;
export const SCAN_TOO_LARGE_MESSAGE = "Convention signée : 10 Mo au maximum.";
