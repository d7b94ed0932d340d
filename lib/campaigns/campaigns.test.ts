import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../db/client";
import { insertStockFixture } from "../testing/stock-fixture";
import { campaignInputSchema, campaignLanding, createCampaign, matchCampaign } from "./campaigns";
import { decodeTouch, encodeTouch } from "./touch";

let database: Database;
const now = new Date("2026-12-01T12:00:00Z");

beforeAll(async () => {
  database = await openDatabase({ dataDir: "memory" });
  await insertStockFixture(database.db, []);
  const base = { title: "Hiver", text: "Les manteaux", products: [] };
  for (const input of [
    { ...base, slug: "news", match: { source: "newsletter" } },
    { ...base, slug: "news-noel", match: { source: "newsletter", campaign: "noel" }, category: "tops", products: ["tee"], promoCode: "NOEL10" },
    { ...base, slug: "over", match: { source: "insta" }, endsAt: "2026-11-30" },
  ]) {
    expect(await createCampaign(database.db, campaignInputSchema.parse(input))).toEqual({ ok: true });
  }
});
afterAll(() => database.close());

describe("campaigns", () => {
  it("checks its input", () => {
    expect(campaignInputSchema.safeParse({ slug: "x-y", match: {}, title: "ab", text: "ab" }).success).toBe(false);
    expect(campaignInputSchema.safeParse({ slug: "x-y", match: { source: "<script>" }, title: "ab", text: "ab" }).success).toBe(false);
    expect(campaignInputSchema.safeParse({ slug: "x-y", match: { source: "a" }, title: "ab", text: "ab", imageUrl: "javascript:alert(1)" }).success).toBe(false);
    expect(campaignInputSchema.safeParse({ slug: "x-y", match: { source: "a" }, title: "ab", text: "ab", startsAt: "2026-12-02", endsAt: "2026-12-01" }).success).toBe(false);
  });

  it("refuses a taken slug and unknown featured items", async () => {
    const input = campaignInputSchema.parse({ slug: "news", match: { source: "a" }, title: "ab", text: "ab" });
    expect(await createCampaign(database.db, input)).toEqual({ ok: false, reason: "slug_taken" });
    expect(await createCampaign(database.db, { ...input, slug: "other", category: "nope" })).toEqual({ ok: false, reason: "unknown_category" });
    expect(await createCampaign(database.db, { ...input, slug: "other", products: ["nope"] })).toEqual({ ok: false, reason: "unknown_products" });
  });

  it("matches the most specific running campaign; anything else is the default home", async () => {
    expect(await matchCampaign(database.db, { source: "Newsletter", campaign: null }, now)).toBe("news");
    expect(await matchCampaign(database.db, { source: "newsletter", campaign: "noel" }, now)).toBe("news-noel");
    expect(await matchCampaign(database.db, { source: "insta", campaign: null }, now)).toBeNull(); // ended the day before
    expect(await matchCampaign(database.db, { source: "<b>hi</b>", campaign: null }, now)).toBeNull();
    expect(await matchCampaign(database.db, { source: null, campaign: null }, now)).toBeNull();
    const landing = await campaignLanding(database.db, "news-noel", now);
    expect(landing).toMatchObject({ title: "Hiver", promoCode: "NOEL10", category: { slug: "tops", name: "Hauts" }, products: [{ slug: "tee", name: "Tee-shirt", image: "tee" }] });
    expect(await campaignLanding(database.db, "over", now)).toBeNull();
  });

  it("keeps touches as short tokens", () => {
    const touch = { source: "newsletter", campaign: null, slug: "news" };
    expect(decodeTouch(encodeTouch(touch))).toEqual(touch);
    expect(decodeTouch("<script>~x~")).toEqual({ source: "script", campaign: "x", slug: null });
    expect(decodeTouch("~~news")).toBeNull();
  });
});
