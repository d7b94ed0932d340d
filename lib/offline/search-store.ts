import type { IDBPTransaction, StoreNames } from "idb";
import { MIRROR_CURSOR_KEY, MIRROR_SEARCH_KEY, type MirrorSearchEntry, type VitrineDb, type VitrineDbSchema } from "./db";
import { isSearchEntry } from "./mirror-apply";
import { buildPostings, rankedSearch, type WordPostings } from "./search";

/**
 * Offline search's index in IndexedDB (docs/offline.md, "Offline search"): `searchWords` holds
 * each word of the catalog with the ranks of the products that have it, `searchEntries` the
 * products' cards in blocks of consecutive ranks. A search page reads the words its terms start
 * (a key range: IndexedDB finds the prefixes) and the blocks of the cards it shows, so its cost
 * follows the query, not the catalog.
 */

/**
 * Cards per record. In Chromium at 10,000 products, one record per card took 1.4–1.8 s to write
 * and blocks of 32 about 0.1 s; reading 24 cards scattered over the ranks costs about the same
 * (4–6 ms) either way.
 */
export const SEARCH_BLOCK_SIZE = 32;

/** Replaces the index with one of `entries`, standing for the mirror at `cursor`; the requests go in the caller's transaction. */
export function writeSearchIndex(
  tx: IDBPTransaction<VitrineDbSchema, ArrayLike<StoreNames<VitrineDbSchema>>, "readwrite">,
  entries: Iterable<MirrorSearchEntry>,
  cursor: string,
): Promise<unknown>[] {
  const { entries: ranked, words } = buildPostings(entries);
  const entryStore = tx.objectStore("searchEntries");
  const wordStore = tx.objectStore("searchWords");
  return [
    entryStore.clear(),
    wordStore.clear(),
    ...Array.from({ length: Math.ceil(ranked.length / SEARCH_BLOCK_SIZE) }, (_, block) =>
      entryStore.put(ranked.slice(block * SEARCH_BLOCK_SIZE, (block + 1) * SEARCH_BLOCK_SIZE), block),
    ),
    ...words.map((word) => wordStore.put(word)),
    tx.objectStore("meta").put(cursor, MIRROR_SEARCH_KEY),
  ];
}

/** Every card of the index, in rank order; null if one is not what writeSearchIndex wrote. */
export async function readSearchEntries(db: VitrineDb): Promise<MirrorSearchEntry[] | null> {
  const cards = (await db.getAll("searchEntries")).flat();
  return cards.every(isSearchEntry) ? cards : null;
}

/** The cursor the index stands for, if any. */
export async function indexedCursor(db: VitrineDb): Promise<string | undefined> {
  const value = await db.get("meta", MIRROR_SEARCH_KEY);
  return typeof value === "string" ? value : undefined;
}

export type StoredSearch =
  | { status: "found"; items: MirrorSearchEntry[]; total: number }
  /** The index lags behind the mirror (a sync cut short) or was never written: `cursor` is the mirror's. */
  | { status: "behind"; cursor: string }
  | { status: "missing" }
  | { status: "corrupt" };

/** One search, in one transaction: a sync committing meanwhile cannot mix two versions of the index. */
export async function searchStoredIndex(db: VitrineDb, query: string, limit: number): Promise<StoredSearch> {
  const tx = db.transaction(["meta", "searchWords", "searchEntries"], "readonly");
  const meta = tx.objectStore("meta");
  const [cursor, indexed] = await Promise.all([meta.get(MIRROR_CURSOR_KEY), meta.get(MIRROR_SEARCH_KEY)]);
  if (typeof cursor !== "string" || cursor === "0") return { status: "missing" };
  if (indexed !== cursor) return { status: "behind", cursor };
  const words = tx.objectStore("searchWords");
  let corrupt = false;
  const { ranks, total } = await rankedSearch(
    {
      async wordsStartingWith(prefix) {
        const found = await words.getAll(IDBKeyRange.bound(prefix, `${prefix}\uffff`));
        if (found.every(isWordPostings)) return found;
        corrupt = true;
        return [];
      },
      vocabulary: () => words.getAllKeys(),
    },
    query,
    limit,
  );
  const entryStore = tx.objectStore("searchEntries");
  const blocks = new Map<number, unknown>();
  await Promise.all(
    [...new Set(ranks.map((rank) => Math.floor(rank / SEARCH_BLOCK_SIZE)))].map(async (block) => blocks.set(block, await entryStore.get(block))),
  );
  const items = ranks.map((rank) => {
    const block = blocks.get(Math.floor(rank / SEARCH_BLOCK_SIZE));
    return Array.isArray(block) ? (block[rank % SEARCH_BLOCK_SIZE] as unknown) : undefined;
  });
  if (corrupt || !items.every(isSearchEntry)) return { status: "corrupt" };
  return { status: "found", items, total };
}

function isWordPostings(value: unknown): value is WordPostings {
  const record = value as Partial<WordPostings> | null;
  return typeof record?.word === "string" && record.postings instanceof Uint32Array && record.postings.length % 2 === 0;
}
