/** Only same-site paths are followed after login, never another host (open-redirect protection). */
export function safeCallbackUrl(value: string | undefined | null): string | null {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return null;
  return value;
}
