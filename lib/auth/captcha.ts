import "server-only";
import { createHmac, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import svgCaptcha from "svg-captcha";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

// Self-hosted captcha (no third-party service): a code drawn as SVG paths (no text a script can read
// from the markup), or, for people who cannot see the image, a question in words. The challenge is
// stateless: the expected answer is only bound into an HMAC, and a solved challenge is recorded in
// UsedCaptcha so it cannot be replayed before it expires.

export type CaptchaKind = "image" | "question";
export type CaptchaChallenge = { token: string; kind: CaptchaKind; imageDataUri?: string; question?: string };
/** Both kinds at once, so a form switches from the image to the question without reloading (nor losing input). */
export type CaptchaPair = { image: CaptchaChallenge; question: CaptchaChallenge };

const LIFETIME_MS = 10 * 60_000;
const NUMBER_WORDS = [
  "zéro",
  "un",
  "deux",
  "trois",
  "quatre",
  "cinq",
  "six",
  "sept",
  "huit",
  "neuf",
  "dix",
  "onze",
  "douze",
];

function normalizeAnswer(answer: string): string {
  return answer.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
}

function sign(payload: string, answer: string): string {
  return createHmac("sha256", env.NEXTAUTH_SECRET)
    .update(`captcha|${payload}|${normalizeAnswer(answer)}`)
    .digest("base64url");
}

export function createCaptcha(kind: CaptchaKind, now = Date.now()): CaptchaChallenge {
  const payload = Buffer.from(
    JSON.stringify({ kind, expiresAt: now + LIFETIME_MS, nonce: randomBytes(12).toString("base64url") }),
  ).toString("base64url");
  if (kind === "image") {
    // svg-captcha's types declare its options bag as a class, but the library reads a plain object.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment
    const drawn = svgCaptcha.create({
      size: 5,
      noise: 2,
      ignoreChars: "0oO1iIlLq9g",
      color: false,
      background: "#ffffff",
      width: 180,
      height: 60,
    });
    return {
      kind,
      token: `${payload}.${sign(payload, drawn.text)}`,
      imageDataUri: `data:image/svg+xml;base64,${Buffer.from(drawn.data).toString("base64")}`,
    };
  }
  const a = randomInt(1, 10);
  const b = randomInt(1, 4);
  return {
    kind,
    token: `${payload}.${sign(payload, String(a + b))}`,
    question: `Combien font ${NUMBER_WORDS[a]} plus ${NUMBER_WORDS[b]} ? Répondez en chiffres.`,
  };
}

export function createCaptchaPair(now = Date.now()): CaptchaPair {
  return { image: createCaptcha("image", now), question: createCaptcha("question", now) };
}

/** True once per solved challenge: a wrong answer, an expired or forged token, or a replay give false. */
export async function consumeCaptcha(token: string, answer: string, now = new Date()): Promise<boolean> {
  const [payload, signature] = token.split(".");
  if (!payload || !signature || !answer.trim()) return false;
  const expected = Buffer.from(sign(payload, answer));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return false;
  let expiresAt: number;
  try {
    expiresAt = Number(
      (JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { expiresAt: unknown }).expiresAt,
    );
  } catch {
    return false;
  }
  if (!Number.isFinite(expiresAt) || expiresAt <= now.getTime()) return false;
  await db.usedCaptcha.deleteMany({ where: { expiresAt: { lt: now } } });
  const { count } = await db.usedCaptcha.createMany({
    data: [{ signature, expiresAt: new Date(expiresAt) }],
    skipDuplicates: true,
  });
  return count === 1;
}
