/** Where to go after sign-in: a path on this site only (no "//host", no scheme), else home. */
export function safeNextPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return "/";
  if (/[\u0000-\u001f]/.test(value) || value.length > 500) return "/";
  // The sign-in pages themselves would loop.
  if (/^\/(login|register)(\/|\?|$)/.test(value)) return "/";
  return value;
}
