/**
 * The shopper's store (their favourite, docs/engagement.md#using-preferences) moved to the top of
 * a list, the others kept in their order; the list unchanged when it does not hold that store.
 */
export function favouriteFirst<T extends { slug: string }>(stores: readonly T[], favourite: string | null | undefined): T[] {
  const index = favourite ? stores.findIndex((store) => store.slug === favourite) : -1;
  if (index <= 0) return [...stores];
  return [stores[index]!, ...stores.slice(0, index), ...stores.slice(index + 1)];
}
