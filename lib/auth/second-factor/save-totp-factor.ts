import "server-only";
import type { Tx } from "@/lib/db";
import { sealSecret } from "@/lib/auth/second-factor/secret-box";
import { generateRecoveryCodes, hashRecoveryCode } from "@/lib/auth/second-factor/recovery-codes";

/**
 * Stores a confirmed TOTP secret (the step of the confirming code counts as used) and ten new recovery
 * codes, replacing any earlier ones. Returns the codes in clear: the only time they exist so.
 */
export async function saveTotpFactor(tx: Tx, userId: string, secret: string, confirmedStep: number): Promise<string[]> {
  const recoveryCodes = generateRecoveryCodes();
  const factor = { secretCiphertext: sealSecret(secret), lastUsedStep: confirmedStep, enrolledAt: new Date() };
  await tx.totpFactor.upsert({ where: { userId }, create: { userId, ...factor }, update: factor });
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({
    data: recoveryCodes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })),
  });
  return recoveryCodes;
}
