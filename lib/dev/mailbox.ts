// Messages caught by the local SMTP sink (dev and tests only), stored one JSON file per message.
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { randomUUID } from "node:crypto";

export type SinkMessage = {
  id: string;
  receivedAt: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
};

export async function storeSinkMessage(
  dir: string,
  message: Omit<SinkMessage, "id" | "receivedAt">,
): Promise<SinkMessage> {
  await mkdir(dir, { recursive: true });
  const receivedAt = new Date().toISOString();
  const id = `${receivedAt.replace(/[:.]/g, "-")}-${randomUUID().slice(0, 8)}`;
  const stored: SinkMessage = { id, receivedAt, ...message };
  await writeFile(path.join(dir, `${id}.json`), JSON.stringify(stored));
  return stored;
}

// Newest first.
export async function listSinkMessages(dir: string, filter: { to?: string } = {}): Promise<SinkMessage[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith(".json"));
  } catch {
    return [];
  }
  names.sort().reverse();
  const messages = await Promise.all(
    names.map(async (name) => JSON.parse(await readFile(path.join(dir, name), "utf8")) as SinkMessage),
  );
  const recipient = filter.to?.toLowerCase();
  return recipient ? messages.filter((m) => m.to.some((to) => to.toLowerCase() === recipient)) : messages;
}
