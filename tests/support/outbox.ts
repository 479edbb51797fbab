import { drainOutboxUntilIdle } from "@/lib/email/outbox";

/** Sends everything due in the outbox, as the background worker does (integration tests only). */
export const drainAll = drainOutboxUntilIdle;
