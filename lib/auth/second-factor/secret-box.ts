import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

// TOTP secrets must be readable by the server (to compute codes), so they are encrypted rather than
// hashed. The key is derived from NEXTAUTH_SECRET, which never sits in the database.
const key = Buffer.from(hkdfSync("sha256", env.NEXTAUTH_SECRET, "monenfant.fr", "totp-secret-box", 32));

export function sealSecret(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const sealed = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), sealed].map((part) => part.toString("base64url")).join(".");
}

export function openSecret(box: string): string {
  const [iv, tag, sealed] = box.split(".").map((part) => Buffer.from(part, "base64url"));
  if (!iv || !tag || !sealed) throw new Error("Sealed secret: expected three dot-separated parts.");
  const decipher = createDecipheriv("aes-256-gcm", key, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(sealed), decipher.final()]).toString("utf8");
}
