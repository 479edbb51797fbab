import "server-only";
import { db } from "@/lib/db";
import { openSecret } from "@/lib/auth/second-factor/secret-box";
import { totpStepOf } from "@/lib/auth/second-factor/totp";
import { hashRecoveryCode, looksLikeRecoveryCode } from "@/lib/auth/second-factor/recovery-codes";

/**
 * Checks a code against the person's factor and uses it up: a TOTP code is accepted once (its time step
 * must be later than the last accepted one), a recovery code once ever. Atomic, so two requests racing
 * with the same code cannot both pass.
 */
export async function consumeSecondFactorCode(
  userId: string,
  code: string,
  now = new Date(),
): Promise<"PASSWORD_TOTP" | "PASSWORD_RECOVERY_CODE" | null> {
  const typed = code.trim();
  if (/^\d{6}$/.test(typed.replace(/\s/g, ""))) {
    const factor = await db.totpFactor.findUnique({ where: { userId } });
    if (!factor) return null;
    const step = totpStepOf(openSecret(factor.secretCiphertext), typed.replace(/\s/g, ""), now.getTime());
    if (step === null) return null;
    const { count } = await db.totpFactor.updateMany({
      where: { userId, OR: [{ lastUsedStep: null }, { lastUsedStep: { lt: step } }] },
      data: { lastUsedStep: step },
    });
    return count === 1 ? "PASSWORD_TOTP" : null;
  }
  if (!looksLikeRecoveryCode(typed)) return null;
  const { count } = await db.recoveryCode.updateMany({
    where: { userId, codeHash: hashRecoveryCode(typed), usedAt: null },
    data: { usedAt: now },
  });
  return count === 1 ? "PASSWORD_RECOVERY_CODE" : null;
}
