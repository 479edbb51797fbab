// Resolved against a placeholder origin: whatever the browser would make of the value, it must stay on it.
const PLACEHOLDER_ORIGIN = "http://same-origin.invalid";

/**
 * The path to follow after login, or null. Only a same-site path is accepted, after the normalisation a
 * browser applies (tabs and newlines dropped, backslashes read as slashes), so `/%09/evil.example/` or
 * `/\evil.example` can never lead to another host (open-redirect protection).
 */
export function safeCallbackUrl(value: string | undefined | null): string | null {
  if (!value || !value.startsWith("/") || /[\u0000-\u001f\u007f\\]/.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, PLACEHOLDER_ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN || url.pathname.startsWith("//")) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
