/**
 * Turns what a shopper typed into a Postgres tsquery string matching every word as a prefix
 * ("chemi lin" → "chemi:* & lin:*"), so results appear while typing. Only letters and digits
 * survive: the string is passed as a bound parameter anyway, but tsquery syntax characters in
 * it would otherwise be a syntax error (a 500) instead of a search.
 */
export function toPrefixTsQuery(input: string): string | null {
  const words = input
    .normalize("NFC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 8);
  if (words.length === 0) return null;
  return words.map((word) => `${word}:*`).join(" & ");
}
