import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../db/client";
import { users } from "../db/schema";
import { answeredRecently, feedbackSchema, listFeedback, recordFeedback } from "./feedback";

let database: Database;
const NOW = new Date("2026-12-01T18:00:00Z");
const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000);

beforeAll(async () => {
  database = await openDatabase({ dataDir: "memory" });
  await database.db.insert(users).values({ id: "ada", name: "Ada", email: "ada@example.org" });
});
afterAll(() => database.close());

describe("feedbackSchema", () => {
  it("accepts an answer and refuses unknown keys, moments and long texts", () => {
    expect(feedbackSchema.safeParse({ liked: false, moment: "pickup", message: "Trop d’attente" }).success).toBe(true);
    expect(feedbackSchema.safeParse({ liked: true, moment: "order", extra: 1 }).success).toBe(false);
    expect(feedbackSchema.safeParse({ liked: true, moment: "visit" }).success).toBe(false);
    expect(feedbackSchema.safeParse({ liked: false, moment: "order", message: "x".repeat(1001) }).success).toBe(false);
    expect(feedbackSchema.safeParse({ liked: "yes", moment: "order" }).success).toBe(false);
  });
});

describe("recordFeedback", () => {
  it("keeps a signed-in shopper's answer and refuses a second one within 90 days", async () => {
    const { db } = database;
    expect(await answeredRecently(db, "ada", NOW)).toBe(false);
    expect(await recordFeedback(db, { liked: false, moment: "order", message: "  Livraison trop chère  ", userId: "ada", locale: "fr" }, NOW)).toEqual({ ok: true });
    expect(await answeredRecently(db, "ada", days(89))).toBe(true);
    expect(await recordFeedback(db, { liked: true, moment: "pickup", userId: "ada", locale: "fr" }, days(89))).toEqual({ ok: false, reason: "already_answered" });
    expect(await answeredRecently(db, "ada", days(91))).toBe(false);
  });

  it("keeps anonymous answers, without text for a yes, and lists them newest first with counts", async () => {
    const { db } = database;
    await recordFeedback(db, { liked: true, moment: "pickup", message: "ignored", userId: null, locale: "en" }, days(1));
    const { entries, yes, no } = await listFeedback(db, { now: days(2) });
    expect(yes).toBe(1);
    expect(no).toBe(1);
    expect(entries.map((entry) => [entry.liked, entry.moment, entry.message])).toEqual([
      [true, "pickup", null],
      [false, "order", "Livraison trop chère"],
    ]);
  });

  it("leaves out answers older than 90 days", async () => {
    const { entries } = await listFeedback(database.db, { now: days(90.5) });
    expect(entries.map((entry) => entry.liked)).toEqual([true]);
  });

  it("the database refuses a text over the cap even past the API", async () => {
    await expect(recordFeedback(database.db, { liked: false, moment: "order", message: "x".repeat(1001), userId: null, locale: "fr" }, NOW)).rejects.toThrow();
  });
});
