import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../db/client";
import { and, eq } from "drizzle-orm";
import { products, productTranslations, productViews, skus, users, visitors } from "../db/schema";
import { seedDemo } from "../db/seed";
import { attachDeviceToAccount } from "./attach";
import { recordViews, type ViewEvent } from "./events";
import { describeCartLines, recentlyViewed } from "./queries";

const PHONE_UA = "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36";
const DESKTOP_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";
const PHONE = "p".repeat(22);
const DESKTOP = "d".repeat(22);
const now = Date.UTC(2026, 10, 25, 8);

let database: Database;
let slugs: string[];

const view = (id: string, product: string, minutesAgo: number, extra: Partial<ViewEvent> = {}): ViewEvent => ({
  id: `event-${id}`,
  type: "product_view",
  product,
  viewedAt: new Date(now - minutesAgo * 60_000).toISOString(),
  installed: false,
  ...extra,
});

beforeAll(async () => {
  database = await openDatabase({ dataDir: "memory" });
  await seedDemo(database.db, { products: 12 });
  slugs = (await database.db.query.products.findMany({ limit: 5, orderBy: (p, { asc }) => asc(p.slug) })).map((p) => p.slug);
  await database.db.insert(users).values({ id: "shopper", name: "S", email: "s@example.com" });
});
afterAll(() => database.close());
// Each test starts from no views and no known device, so any one of them can run alone.
beforeEach(async () => {
  await database.db.delete(productViews);
  await database.db.delete(visitors);
});

describe("product views and recently viewed", () => {
  it("records an anonymous phone's views with its device class, skipping unknown products and replays", async () => {
    const [a, b, c] = slugs as [string, string, string];
    const context = { visitorId: PHONE, userId: null, userAgent: PHONE_UA, sessionSource: "newsletter", now };
    const first = await recordViews(database.db, context, [view("1", a, 30), view("2", b, 20, { source: "Insta gram" }), view("3", "no-such-product", 10), view("4", c, 10)]);
    expect(first).toEqual({ recorded: 3, skipped: 1 });
    // The same batch again (an offline queue replayed twice) adds nothing.
    expect((await recordViews(database.db, context, [view("1", a, 30)])).recorded).toBe(0);
    const rows = await database.db.select().from(productViews);
    expect(rows.every((row) => row.deviceClass === "mobile")).toBe(true);
    expect(rows.find((row) => row.productSlug === b)?.source).toBe("instagram");
    expect(rows.find((row) => row.productSlug === a)?.source).toBe("newsletter");
  });

  it("clamps a view stamped in the future and drops one too old", async () => {
    const [, , , d] = slugs as [string, string, string, string];
    const context = { visitorId: PHONE, userId: null, userAgent: PHONE_UA, sessionSource: null, now };
    expect(await recordViews(database.db, context, [view("old", d, 60 * 24 * 40), view("future", d, -60)])).toEqual({ recorded: 1, skipped: 1 });
    const future = (await database.db.select().from(productViews)).find((row) => row.clientEventId === "event-future");
    expect(future?.viewedAt.getTime()).toBe(now);
  });

  it("lists one entry per product, newest first", async () => {
    const [a, b, c, d] = slugs as [string, string, string, string];
    const context = { visitorId: PHONE, userId: null, userAgent: PHONE_UA, sessionSource: null, now };
    await recordViews(database.db, context, [view("1", a, 30), view("2", b, 20), view("3", c, 10), view("4", d, 8), view("5", a, 5)]);
    const items = await recentlyViewed(database.db, { visitorId: PHONE });
    expect(items.map((item) => item.slug)).toEqual([a, d, c, b]);
    expect(items[0]?.deviceLabel).toBe("Chrome · Android");
  });

  it("follows the account across devices after sign-in, and can leave out the current device", async () => {
    const [a, b, c, d, e] = slugs as [string, string, string, string, string];
    const phone = { visitorId: PHONE, userId: null, userAgent: PHONE_UA, sessionSource: null, now };
    await recordViews(database.db, phone, [view("1", a, 30), view("2", b, 20), view("3", c, 10), view("4", d, 8)]);
    await attachDeviceToAccount(database.db, { userId: "shopper", sessionId: "none", visitorId: PHONE, userAgent: PHONE_UA });
    await recordViews(database.db, { visitorId: DESKTOP, userId: "shopper", userAgent: DESKTOP_UA, sessionSource: null, now }, [view("6", e, 1)]);
    const all = await recentlyViewed(database.db, { userId: "shopper" });
    expect(all.find((item) => item.slug === e)).toMatchObject({ deviceClass: "desktop", deviceLabel: "Chrome · Windows" });
    expect(all).toHaveLength(5);
    const fromOthers = await recentlyViewed(database.db, { userId: "shopper" }, { exceptVisitorId: DESKTOP });
    expect(fromOthers.map((item) => item.slug)).not.toContain(e);
    expect(fromOthers.every((item) => item.deviceClass === "mobile")).toBe(true);
    // The anonymous history of the phone is now the account's, not the visitor's alone.
    expect(await recentlyViewed(database.db, { visitorId: PHONE })).toEqual([]);
  });

  it("names products in the page's language", async () => {
    const [a] = slugs as [string];
    await recordViews(database.db, { visitorId: PHONE, userId: null, userAgent: PHONE_UA, sessionSource: null, now }, [view("1", a, 5)]);
    const [french] = await database.db.select().from(products).where(eq(products.slug, a));
    const [english] = await database.db.select().from(productTranslations).where(and(eq(productTranslations.productSlug, a), eq(productTranslations.locale, "en")));
    expect(english?.name, "the demo product has an English name").toBeTruthy();
    expect(english!.name).not.toBe(french!.name);
    const names = async (locale: "fr" | "en") => (await recentlyViewed(database.db, { visitorId: PHONE }, { locale })).map((item) => item.name);
    expect(await names("fr")).toEqual([french!.name]);
    expect(await names("en")).toEqual([english!.name]);
  });

  it("describes cart lines in the page's language, in the lines' order", async () => {
    const [, b, c] = slugs as [string, string, string];
    const [skuB] = await database.db.select().from(skus).where(eq(skus.productSlug, b)).limit(1);
    const [skuC] = await database.db.select().from(skus).where(eq(skus.productSlug, c)).limit(1);
    const [englishC] = await database.db.select().from(productTranslations).where(and(eq(productTranslations.productSlug, c), eq(productTranslations.locale, "en")));
    const lines = [
      { sku: skuC!.sku, quantity: 2 },
      { sku: "NO-SUCH-SKU", quantity: 1 },
      { sku: skuB!.sku, quantity: 1 },
    ];
    const described = await describeCartLines(database.db, lines, "en");
    expect(described.map((line) => [line.sku, line.quantity])).toEqual([
      [skuC!.sku, 2],
      [skuB!.sku, 1],
    ]);
    expect(described[0]!.name).toBe(englishC!.name);
  });
});
