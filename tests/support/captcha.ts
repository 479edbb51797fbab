// Solves the accessible (question) variant of the lost-password captcha, as a person would.
const WORDS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze"];

export function solveCaptchaQuestion(question: string): string {
  const match = /Combien font (\S+) plus (\S+) \?/.exec(question);
  if (!match) throw new Error(`Question inattendue : ${question}`);
  return String(WORDS.indexOf(match[1]!) + WORDS.indexOf(match[2]!));
}
