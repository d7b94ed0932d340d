import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { FeedCategory, FeedProduct } from "../catalog/types";
import { searchDocument } from "../search/document";
import { openDB } from "idb";
import { MAX_LINE_QUANTITY, type CartLine } from "../cart/types";

/**
 * The IndexedDB layer of lib/offline against fake-indexeddb (a full IndexedDB in memory), fresh
 * per test: a new factory and new module instances, since each module caches its open database.
 */

async function device() {
  vi.stubGlobal("indexedDB", new IDBFactory());
  vi.resetModules();
  const [store, sync, mirror, refresh, views, personal, db] = await Promise.all([
    import("./cart-store"),
    import("./cart-sync"),
    import("./mirror"),
    import("./mirror-refresh"),
    import("./view-queue"),
    import("./personal-data"),
    import("./db"),
  ]);
  const opened = await db.openVitrineDb();
  if (opened.status !== "ready") throw new Error(opened.reason);
  return { ...store, ...sync, ...mirror, ...refresh, ...views, ...personal, idb: opened.db, MIRROR_CURSOR_KEY: db.MIRROR_CURSOR_KEY };
}

/** A fetch that answers from `handler`, recording every call. */
function stubFetch(handler: (url: string, init?: RequestInit) => Response | Promise<Response>) {
  const calls: { url: string; init?: RequestInit }[] = [];
  vi.stubGlobal("fetch", async (url: string, init?: RequestInit) => {
    calls.push({ url, init });
    return handler(url, init);
  });
  return calls;
}

beforeEach(() => {
  stubFetch(() => {
    throw new TypeError("Failed to fetch");
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("cart store", () => {
  it("writes each change with an outbox operation, clamps quantities and keeps removals as tombstones", async () => {
    const on = await device();
    await on.setLineQuantity("B-1", 2);
    await on.setLineQuantity("A-1", 99);
    await on.setLineQuantity("B-1", 0);
    const lines = await on.getCartLines();
    expect(lines.map(({ sku, quantity }) => [sku, quantity])).toEqual([
      ["A-1", MAX_LINE_QUANTITY],
      ["B-1", 0],
    ]);
    expect(await on.idb.count("outbox")).toBe(3);
  });

  it("keeps the cart in localStorage where IndexedDB is missing, and reads it back merged", async () => {
    const on = await device();
    const storage = new Map<string, string>();
    vi.stubGlobal("localStorage", {
      getItem: (key: string) => storage.get(key) ?? null,
      setItem: (key: string, value: string) => void storage.set(key, value),
      removeItem: (key: string) => void storage.delete(key),
    });
    await on.setLineQuantity("IDB-1", 1);
    // The next write fails (quota): the line goes to the fallback copy instead of being lost.
    vi.spyOn(IDBDatabase.prototype, "transaction").mockImplementation(() => {
      throw new DOMException("full", "QuotaExceededError");
    });
    await on.setLineQuantity("LS-1", 3);
    vi.mocked(IDBDatabase.prototype.transaction).mockRestore();
    expect(JSON.parse(storage.get("vitrine.cart.fallback")!)).toMatchObject([{ sku: "LS-1", quantity: 3 }]);
    expect((await on.getCartLines()).map(({ sku, quantity }) => [sku, quantity])).toEqual([
      ["IDB-1", 1],
      ["LS-1", 3],
    ]);
  });
});

/** A localStorage in memory, the same across "reloads" of the modules, like a real one. */
function stubLocalStorage() {
  const storage = new Map<string, string>();
  vi.stubGlobal("localStorage", {
    getItem: (key: string) => storage.get(key) ?? null,
    setItem: (key: string, value: string) => void storage.set(key, value),
    removeItem: (key: string) => void storage.delete(key),
  });
  return storage;
}

describe("adding to the cart (docs/offline.md#adding-to-the-cart)", () => {
  it("writes the line and its outbox entry in one transaction, committed when the add resolves", async () => {
    const on = await device();
    stubLocalStorage();
    await on.getCartLines();
    const transaction = vi.spyOn(IDBDatabase.prototype, "transaction");
    const lines = await on.addToCart("A-1");
    expect(transaction.mock.calls.filter(([, mode]) => mode === "readwrite").map(([stores]) => stores)).toEqual([["cart", "outbox"]]);
    expect(lines.map(({ sku, quantity }) => [sku, quantity])).toEqual([["A-1", 1]]);
    // Another connection (another tab) already sees both writes.
    const other = await openDB("vitrine");
    expect((await other.get("cart", "A-1")).quantity).toBe(1);
    expect((await other.getAll("outbox")).map((op: { line: CartLine }) => op.line.quantity)).toEqual([1]);
    other.close();
  });

  it("counts from the stored line, so adds one after another and at once all count", async () => {
    const on = await device();
    stubLocalStorage();
    await on.getCartLines();
    await on.addToCart("A-1");
    await Promise.all([on.addToCart("A-1"), on.addToCart("A-1"), on.addToCart("B-1")]);
    expect((await on.getCartLines()).map(({ sku, quantity }) => [sku, quantity])).toEqual([
      ["A-1", 3],
      ["B-1", 1],
    ]);
    expect(await on.idb.count("outbox")).toBe(4);
    await on.setLineQuantity("A-1", MAX_LINE_QUANTITY);
    await on.addToCart("A-1");
    expect((await on.idb.get("cart", "A-1"))?.quantity).toBe(MAX_LINE_QUANTITY);
  });

  it("leaves a localStorage note before its first await, so a page closed at once keeps the add, counted once", async () => {
    const on = await device();
    const storage = stubLocalStorage();
    await on.setLineQuantity("A-1", 2);
    await on.getCartLines();
    const pending = on.addToCart("A-1");
    // Synchronously, before IndexedDB has answered anything: what survives a closed tab.
    const note = storage.get("vitrine.cart.fallback");
    expect(JSON.parse(note!)).toMatchObject([{ sku: "A-1", quantity: 3 }]);
    await pending;
    expect(storage.has("vitrine.cart.fallback")).toBe(false);

    // The tab closed after the commit but before the note was removed: still 3, not 4.
    storage.set("vitrine.cart.fallback", note!);
    vi.resetModules();
    const reloaded = await import("./cart-store");
    expect((await reloaded.getCartLines()).map(({ sku, quantity }) => [sku, quantity])).toEqual([["A-1", 3]]);
  });

  it("a page closed before the transaction committed still has the item on the next visit", async () => {
    const on = await device();
    stubLocalStorage();
    await on.setLineQuantity("A-1", 2);
    await on.getCartLines();
    // The page goes away before IndexedDB runs the transaction: it never commits.
    vi.spyOn(IDBDatabase.prototype, "transaction").mockImplementation(() => {
      throw new DOMException("The database connection is closing.", "InvalidStateError");
    });
    await on.addToCart("A-1");
    vi.mocked(IDBDatabase.prototype.transaction).mockRestore();
    expect((await on.idb.get("cart", "A-1"))?.quantity).toBe(2);
    vi.resetModules();
    const reloaded = await import("./cart-store");
    expect((await reloaded.getCartLines()).map(({ sku, quantity }) => [sku, quantity])).toEqual([["A-1", 3]]);
  });

  it("is all or nothing in IndexedDB: a failed outbox write leaves no line there, and the item in localStorage", async () => {
    const on = await device();
    const storage = stubLocalStorage();
    await on.getCartLines();
    const add = IDBObjectStore.prototype.add;
    vi.spyOn(IDBObjectStore.prototype, "add").mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === "outbox") throw new DOMException("full", "QuotaExceededError");
      return add.apply(this, args);
    });
    const lines = await on.addToCart("A-1");
    expect(lines.map(({ sku, quantity }) => [sku, quantity])).toEqual([["A-1", 1]]);
    expect(await on.idb.count("cart")).toBe(0);
    expect(await on.idb.count("outbox")).toBe(0);
    expect(JSON.parse(storage.get("vitrine.cart.fallback")!)).toMatchObject([{ sku: "A-1", quantity: 1 }]);
  });
});

describe("outbox", () => {
  it("compacts to one operation per SKU after a failed sync, and empties after a successful one", async () => {
    const on = await device();
    for (const quantity of [1, 2, 3]) await on.setLineQuantity("A-1", quantity);
    await on.setLineQuantity("B-1", 1);
    await on.setLineQuantity("B-1", 0);
    expect(await on.idb.count("outbox")).toBe(5);
    expect(await on.syncCartWithServer()).toBe("offline");
    const kept = await on.idb.getAll("outbox");
    expect(kept.map((op) => [op.line.sku, op.line.quantity])).toEqual([
      ["A-1", 3],
      ["B-1", 0],
    ]);

    stubFetch((_url, init) => Response.json({ lines: (JSON.parse(String(init?.body)) as { lines: unknown[] }).lines, changes: [] }));
    expect(await on.syncCartWithServer()).toEqual([]);
    expect(await on.hasPendingCartChanges()).toBe(false);
  });
});

const category: FeedCategory = { slug: "robes", name: "Robes", translations: { en: { name: "Dresses" } } };
const product = (slug: string, priceCents = 2500): FeedProduct => ({
  slug,
  name: `Robe ${slug}`,
  description: "Lin",
  category: "robes",
  brand: "Atelier",
  images: [`/images/products/${slug}.webp`],
  priceCents,
  currency: "EUR",
  skus: [{ sku: `${slug}-M`, label: "M", size: "M", colour: null, priceCents, onlineStock: 3, storeStock: 1 }],
  search: searchDocument({ name: `Robe ${slug}`, brand: "Atelier", categoryNames: ["Robes"], colours: [], otherNames: [`Dress ${slug}`] }),
  translations: { en: { name: `Dress ${slug}`, description: "Linen", colours: {}, sizes: {} } },
});

/** The feed in pages of two products, as `/api/catalog?since=` answers. */
function serveFeed(products: FeedProduct[]) {
  return stubFetch((url) => {
    const since = Number(new URL(url, "http://x").searchParams.get("since"));
    const page = products.slice(since, since + 2);
    return Response.json({ cursor: String(since + page.length), products: page, categories: since === 0 ? [category] : [], deleted: [], hasMore: since + 2 < products.length });
  });
}

describe("catalog mirror", () => {
  it("fills page by page, stores the cursor with each page, and serves products, categories and search", async () => {
    const on = await device();
    const calls = serveFeed(["a", "b", "c", "d", "e"].map((slug) => product(slug)));
    expect(await on.syncMirror()).toEqual({ status: "synced", cursor: "5", products: 5, pages: 3 });
    expect(calls.map((call) => new URL(call.url, "http://x").searchParams.get("since"))).toEqual(["0", "2", "4"]);
    expect(await on.idb.get("meta", on.MIRROR_CURSOR_KEY)).toBe("5");
    expect(await on.getMirrorProduct("c", "fr")).toMatchObject({ status: "found", value: { slug: "c", skuCodes: ["c-M"] } });
    expect(await on.getMirrorProductBySku("d-M", "fr")).toMatchObject({ status: "found", value: { slug: "d" } });
    const listing = await on.getMirrorCategory("robes", "fr");
    expect(listing.status === "found" && listing.value.products.map((p) => p.slug)).toEqual(["a", "b", "c", "d", "e"]);
    const found = await on.searchMirror("robe c", "fr");
    expect(found.status === "found" && found.value.items.map((item) => item.slug)).toContain("c");
  });

  it("reads the mirror in the page's language, French where a text is not translated", async () => {
    const on = await device();
    const burgundy = { ...product("f"), skus: [{ sku: "f-M", label: "Bordeaux · M", size: "M", colour: "Bordeaux", priceCents: 2500, onlineStock: 3, storeStock: 1 }] };
    burgundy.translations = { en: { name: "Dress f", description: "Linen", colours: { Bordeaux: "Burgundy" }, sizes: {} } };
    serveFeed([burgundy, { ...product("g"), translations: {} }]);
    await on.syncMirror();
    const english = await on.getMirrorProduct("f", "en");
    expect(english.status === "found" && english.value).toMatchObject({ name: "Dress f", description: "Linen", skus: [{ colour: "Bordeaux", colourLabel: "Burgundy", label: "Burgundy · M" }] });
    expect(await on.getMirrorProduct("f", "fr")).toMatchObject({ value: { name: "Robe f", skus: [{ label: "Bordeaux · M" }] } });
    expect(await on.getMirrorProduct("g", "en")).toMatchObject({ value: { name: "Robe g", description: "Lin" } });
    const listing = await on.getMirrorCategory("robes", "en");
    expect(listing.status === "found" && [listing.value.category.name, ...listing.value.products.map((p) => p.name)]).toEqual(["Dresses", "Dress f", "Robe g"]);
    expect((await on.listMirrorCategories("en")).map((c) => c.name)).toEqual(["Dresses"]);
    const found = await on.searchMirror("dress", "en");
    expect(found.status === "found" && found.value.items.map((item) => item.name)).toEqual(["Dress f", "Robe g"]);
  });

  it("empties a mirror written by version 1 (no translations) when it opens, so the next sync downloads it again", async () => {
    vi.stubGlobal("indexedDB", new IDBFactory());
    const old = await openDB("vitrine", 1, {
      upgrade(database) {
        database.createObjectStore("products", { keyPath: "slug" }).createIndex("category", "category");
        database.createObjectStore("categories", { keyPath: "slug" });
        database.createObjectStore("meta");
      },
    });
    const french: Partial<FeedProduct> = product("a");
    delete french.translations;
    delete french.search;
    await old.put("products", { ...french, searchText: "robe a", searchNameWords: 2, skuCodes: ["a-M"] });
    await old.put("categories", { slug: "robes", name: "Robes" });
    await old.put("meta", "7", "catalogCursor");
    old.close();
    vi.resetModules();
    const db = await import("./db");
    const opened = await db.openVitrineDb();
    if (opened.status !== "ready") throw new Error(opened.reason);
    expect(opened.db.version).toBe(3);
    expect(await opened.db.count("products")).toBe(0);
    expect(await opened.db.count("categories")).toBe(0);
    expect(await opened.db.get("meta", db.MIRROR_CURSOR_KEY)).toBeUndefined();
  });

  it("drops a partial mirror and says 'full' when the quota runs out mid-sync", async () => {
    const on = await device();
    serveFeed(["a", "b", "c", "d"].map((slug) => product(slug)));
    const put = IDBObjectStore.prototype.put;
    let products = 0;
    vi.spyOn(IDBObjectStore.prototype, "put").mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore["put"]>) {
      if (this.name === "products" && ++products > 2) throw new DOMException("quota", "QuotaExceededError");
      return put.apply(this, args);
    });
    expect(await on.syncMirror()).toEqual({ status: "full", reason: "storage quota exceeded" });
    vi.mocked(IDBObjectStore.prototype.put).mockRestore();
    expect(await on.idb.count("products")).toBe(0);
    expect(await on.idb.get("meta", on.MIRROR_CURSOR_KEY)).toBeUndefined();
  });

  it("treats a record it did not write as corruption: unavailable, and the mirror is rebuilt from the start", async () => {
    const on = await device();
    serveFeed([product("a"), product("b")]);
    await on.syncMirror();
    await on.idb.put("products", { slug: "b", name: "half a product" } as never);
    expect(await on.getMirrorProduct("b", "fr")).toEqual({ status: "unavailable" });
    await vi.waitFor(async () => expect(await on.idb.count("products")).toBe(0));
    expect(await on.idb.get("meta", on.MIRROR_CURSOR_KEY)).toBeUndefined();
    // The next sync starts again from cursor 0.
    expect(await on.syncMirror()).toMatchObject({ status: "synced", products: 2 });
    expect(await on.getMirrorProduct("b", "fr")).toMatchObject({ status: "found" });
  });

  it("keeps the cursor when the network fails mid-sync and resumes from it", async () => {
    const on = await device();
    const all = ["a", "b", "c", "d"].map((slug) => product(slug));
    stubFetch((url) => {
      const since = Number(new URL(url, "http://x").searchParams.get("since"));
      if (since >= 2) throw new TypeError("Failed to fetch");
      return Response.json({ cursor: "2", products: all.slice(0, 2), categories: [category], deleted: [], hasMore: true });
    });
    expect(await on.syncMirror()).toMatchObject({ status: "offline" });
    expect(await on.idb.get("meta", on.MIRROR_CURSOR_KEY)).toBe("2");
    const calls = serveFeed(all);
    expect(await on.syncMirror()).toMatchObject({ status: "synced", cursor: "4" });
    expect(new URL(calls[0]!.url, "http://x").searchParams.get("since")).toBe("2");
  });
});

describe("offline search index", () => {
  const catalog = [
    { ...product("a"), name: "Robe portefeuille", search: searchDocument({ name: "Robe portefeuille", brand: "Atelier", categoryNames: ["Robes"], colours: ["Bleu"], otherNames: [] }) },
    { ...product("b"), name: "Robe chemise", search: searchDocument({ name: "Robe chemise", brand: "Atelier", categoryNames: ["Robes"], colours: ["Vert"], otherNames: [] }) },
    { ...product("c"), name: "Chemise en lin", search: searchDocument({ name: "Chemise en lin", brand: "Sud", categoryNames: ["Robes"], colours: ["Bleu"], otherNames: [] }) },
  ];
  const slugs = (found: Awaited<ReturnType<Awaited<ReturnType<typeof device>>["searchMirror"]>>) => (found.status === "found" ? found.value.items.map((item) => item.slug) : found.status);

  it("is written with the last page and answers as the same search in memory does, typos included", async () => {
    const on = await device();
    serveFeed(catalog);
    await on.syncMirror();
    expect((await on.idb.getAll("searchEntries")).flat()).toHaveLength(3);
    expect(await on.idb.get("searchWords", "chemis")).toMatchObject({ word: "chemis" });
    const { buildPostings, searchInMemory } = await import("./search");
    const memory = buildPostings((await on.idb.getAll("products")).map((p) => ({ slug: p.slug, name: p.name, searchText: p.searchText, nameWordCount: p.searchNameWords })));
    for (const q of ["robe", "chemise", "cheimse", "bleu", "robe bleu", "rob", "lin", "zzz", ""]) {
      const expected = (await searchInMemory(memory, q, 10)).items.map((item) => item.slug);
      expect([q, slugs(await on.searchMirror(q, "fr", 10))]).toEqual([q, expected]);
    }
    expect(slugs(await on.searchMirror("chemise", "fr"))).toEqual(["c", "b"]);
  });

  it("reads cards across blocks of ranks: 70 products give the same results as in memory", async () => {
    const on = await device();
    const names = ["Robe", "Chemise", "Pull", "Jupe", "Écharpe"];
    const many = Array.from({ length: 70 }, (_, i) => {
      const name = `${names[i % names.length]} modèle ${i}`;
      return { ...product(`p${String(i).padStart(2, "0")}`), name, search: searchDocument({ name, brand: "Atelier", categoryNames: ["Robes"], colours: [], otherNames: [] }) };
    });
    serveFeed(many);
    await on.syncMirror();
    expect((await on.idb.getAllKeys("searchEntries")).length).toBe(3);
    const { buildPostings, searchInMemory } = await import("./search");
    const memory = buildPostings((await on.idb.getAll("products")).map((p) => ({ slug: p.slug, name: p.name, searchText: p.searchText, nameWordCount: p.searchNameWords })));
    for (const q of ["modele", "echarpe", "robe 6", "atelier", "jupe modele 4"]) {
      const expected = await searchInMemory(memory, q, 100);
      const found = await on.searchMirror(q, "fr", 100);
      expect(found.status === "found" && [found.value.total, found.value.items.map((item) => item.slug)]).toEqual([expected.total, expected.items.map((item) => item.slug)]);
    }
  });

  it("lags behind after a sync cut short: the search reads the products meanwhile, and the next sync catches up", async () => {
    const on = await device();
    serveFeed(catalog.slice(0, 2));
    await on.syncMirror();
    // A sync cut short after one more page: the products moved on, the index did not.
    stubFetch((url) => {
      if (new URL(url, "http://x").searchParams.get("since") !== "2") throw new TypeError("Failed to fetch");
      return Response.json({ cursor: "3", products: [catalog[2]], categories: [], deleted: ["a"], hasMore: true });
    });
    expect(await on.syncMirror()).toMatchObject({ status: "offline" });
    expect(await on.idb.get("meta", on.MIRROR_CURSOR_KEY)).toBe("3");
    expect(slugs(await on.searchMirror("portefeuille", "fr"))).toEqual([]);
    expect(slugs(await on.searchMirror("chemise", "fr"))).toEqual(["c", "b"]);
    stubFetch(() => Response.json({ cursor: "3", products: [], categories: [], deleted: [], hasMore: false }));
    expect(await on.syncMirror()).toMatchObject({ status: "synced", cursor: "3" });
    expect(await on.idb.get("meta", "catalogSearchCursor")).toBe("3");
    expect((await on.idb.getAll("searchEntries")).flat()).toHaveLength(2);
    expect(slugs(await on.searchMirror("chemise", "fr"))).toEqual(["c", "b"]);
  });

  it("reads no search card when a sync brings no product, and moves the index to the new cursor", async () => {
    const on = await device();
    serveFeed(catalog);
    await on.syncMirror();
    const cardReads = vi.spyOn(IDBObjectStore.prototype, "getAll");
    // A returning visit: nothing new, then a category renamed (the cursor moves, no product changes).
    stubFetch(() => Response.json({ cursor: "3", products: [], categories: [], deleted: [], hasMore: false }));
    expect(await on.syncMirror()).toMatchObject({ status: "synced", cursor: "3", products: 0 });
    stubFetch(() => Response.json({ cursor: "4", products: [], categories: [{ ...category, name: "Robes longues" }], deleted: [], hasMore: false }));
    expect(await on.syncMirror()).toMatchObject({ status: "synced", cursor: "4", products: 0 });
    expect(cardReads.mock.contexts.filter((store) => (store as IDBObjectStore).name === "searchEntries")).toHaveLength(0);
    cardReads.mockRestore();
    expect(await on.idb.get("meta", "catalogSearchCursor")).toBe("4");
    expect(slugs(await on.searchMirror("chemise", "fr"))).toEqual(["c", "b"]);
  });

  it("treats a word it did not write as corruption: the mirror is rebuilt", async () => {
    const on = await device();
    serveFeed(catalog);
    await on.syncMirror();
    await on.idb.put("searchWords", { word: "robe", postings: [0, 1] } as never);
    expect(await on.searchMirror("robe", "fr")).toEqual({ status: "unavailable" });
    await vi.waitFor(async () => expect(await on.idb.count("searchWords")).toBe(0));
  });

  it("keeps a version 2 mirror's products and drops its one-record search copy; the search works before the next sync", async () => {
    vi.stubGlobal("indexedDB", new IDBFactory());
    const old = await openDB("vitrine", 2, {
      upgrade(database) {
        const products = database.createObjectStore("products", { keyPath: "slug" });
        products.createIndex("category", "category");
        products.createIndex("sku", "skuCodes", { multiEntry: true });
        database.createObjectStore("categories", { keyPath: "slug" });
        database.createObjectStore("meta");
      },
    });
    const { toMirrorProduct } = await import("./mirror-apply");
    for (const item of catalog) await old.put("products", toMirrorProduct(item));
    await old.put("meta", "3", "catalogCursor");
    await old.put("meta", { cursor: "3", entries: "[]" }, "catalogSearch");
    old.close();
    vi.resetModules();
    const [mirror, db] = await Promise.all([import("./mirror"), import("./db")]);
    const opened = await db.openVitrineDb();
    if (opened.status !== "ready") throw new Error(opened.reason);
    expect(opened.db.version).toBe(3);
    expect(await opened.db.get("meta", "catalogSearch")).toBeUndefined();
    expect(await opened.db.count("products")).toBe(3);
    expect(slugs(await mirror.searchMirror("chemise", "fr"))).toEqual(["c", "b"]);
  });
});

const view = (n: number) => ({ id: `event-${String(n).padStart(4, "0")}`, type: "product_view" as const, product: `p-${n}`, viewedAt: new Date(Date.UTC(2026, 10, 1, 0, n)).toISOString(), installed: false });

describe("view queue", () => {
  it("holds at most 500 views, dropping the oldest", async () => {
    const on = await device();
    for (let n = 0; n < 505; n++) await on.enqueueView(view(n));
    const kept = await on.idb.getAll("views");
    expect(kept).toHaveLength(500);
    expect(kept[0]).toMatchObject({ eventId: "event-0005" });
  });

  it("sends the queue in batches of 50, oldest first, and stops at the first failure", async () => {
    const on = await device();
    for (let n = 0; n < 120; n++) await on.enqueueView(view(n));
    let answered = 0;
    const calls = stubFetch(() => (++answered <= 2 ? new Response(null, { status: 202 }) : new Response(null, { status: 503 })));
    await on.flushViewQueue();
    const sent = calls.map((call) => (JSON.parse(String(call.init?.body)) as { events: { id: string }[] }).events);
    expect(sent.map((batch) => batch.length)).toEqual([50, 50, 20]);
    expect(sent[0]![0]!.id).toBe("event-0000");
    // The third batch failed: its 20 views wait for the next flush.
    expect(await on.idb.count("views")).toBe(20);
  });

  it("sends an event only after the request in flight has answered, so a first visit gets one visitor cookie", async () => {
    const on = await device();
    const answers: (() => void)[] = [];
    const calls = stubFetch(() => new Promise<Response>((resolve) => answers.push(() => resolve(new Response(null, { status: 202 })))));
    const sessionStart = on.recordView({ id: "s", type: "session_start", at: new Date().toISOString(), installed: false });
    const productView = on.recordView(view(1));
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    answers[0]!();
    await sessionStart;
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    expect((JSON.parse(String(calls[1]!.init?.body)) as { events: { id: string }[] }).events.map((event) => event.id)).toEqual(["event-0001"]);
    answers[1]!();
    await productView;
    expect(await on.idb.count("views")).toBe(0);
  });

  it("drops entries that are not views (an older build's) with their batch", async () => {
    const on = await device();
    await on.idb.add("views", { something: "else" });
    await on.enqueueView(view(1));
    const calls = stubFetch(() => new Response(null, { status: 202 }));
    await on.flushViewQueue();
    expect(calls).toHaveLength(1);
    expect((JSON.parse(String(calls[0]!.init?.body)) as { events: unknown[] }).events).toHaveLength(1);
    expect(await on.idb.count("views")).toBe(0);
  });
});

describe("personal data clearing", () => {
  it("removes the cart, outbox, queued views and session marker, and leaves the catalog mirror", async () => {
    const on = await device();
    serveFeed([product("a")]);
    await on.syncMirror();
    await on.setLineQuantity("a-M", 1);
    await on.enqueueView(view(1));
    await on.rememberDeviceSession("signed-in");
    await on.clearPersonalData();
    expect(await on.getCartLines()).toEqual([]);
    expect(await on.idb.count("outbox")).toBe(0);
    expect(await on.idb.count("views")).toBe(0);
    expect(await on.readDeviceSession()).toBeNull();
    expect(await on.getMirrorProduct("a", "fr")).toMatchObject({ status: "found" });
  });
});
