/**
 * A store's phone number as a `tel:` link: French numbers as dialled at home ("04 65 71 20 17")
 * become international ("tel:+33465712017") so the link also works from a foreign phone. Pure.
 */
export function telHref(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, "");
  if (/^0\d{9}$/.test(digits)) return `tel:+33${digits.slice(1)}`;
  return `tel:${digits}`;
}
