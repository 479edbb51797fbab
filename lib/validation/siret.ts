/** Luhn checksum over the digits (SIRET and SIREN use it). */
export function luhnIsValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

export function isValidSiret(value: string): boolean {
  return /^\d{14}$/.test(value) && luhnIsValid(value);
}

/** Completes 13 digits with the Luhn check digit (demo data and tests). */
export function withSiretCheckDigit(first13: string): string {
  for (let check = 0; check <= 9; check++) {
    const digits = `${first13}${check}`;
    if (luhnIsValid(digits)) return digits;
  }
  throw new Error("unreachable");
}
