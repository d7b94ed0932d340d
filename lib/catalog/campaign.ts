/** A display-safe campaign name from `utm_source` ("spring_newsletter" → "spring newsletter"), or undefined. */
export function campaignSource(value: string | string[] | undefined): string | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  const cleaned = raw?.replace(/[^\p{L}\p{N} _.-]/gu, "").replace(/[_.-]+/g, " ").trim().slice(0, 40);
  return cleaned || undefined;
}
