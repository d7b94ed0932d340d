import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listCategorySizes } from "../catalog/queries";
import { openDatabase, type Database } from "../db/client";
import { consentRecords, shopperPreferences, users } from "../db/schema";
import { seedDemo } from "../db/seed";
import { describeOnEachDatabase } from "../testing/each-database";
import { getPreferences, listConsentRecords, savePreferences, UnknownReferenceError, type ConsentContext } from "./preferences";
import { defaultPreferences, preferencesSchema, type Preferences } from "./shape";

const context: ConsentContext = { source: "preference_center", locale: "fr", textShown: (subject) => `texte de ${subject}` };

let database: Database;
let category: string;
let size: string;
let store: string;

beforeAll(async () => {
  database = await openDatabase({ dataDir: "memory" });
  await seedDemo(database.db, { products: 40 });
  const categories = await database.db.query.categories.findMany();
  for (const candidate of categories) {
    const sizes = await listCategorySizes(database.db, candidate.slug);
    if (sizes.length > 1) {
      category = candidate.slug;
      size = sizes[1]!;
      break;
    }
  }
  store = (await database.db.query.stores.findFirst())!.slug;
  await database.db.insert(users).values([{ id: "u1", name: "Ana", email: "ana@example.com" }]);
});
afterAll(() => database.close());

function chosen(): Preferences {
  const preferences = defaultPreferences();
  preferences.channels.email = true;
  preferences.topics.promotions = true;
  preferences.interests = [category];
  preferences.sizes = { [category]: size };
  preferences.favouriteStore = store;
  return preferences;
}

describe("preferences", () => {
  it("starts with every marketing consent off and service messages on", async () => {
    const preferences = await getPreferences(database.db, "nobody");
    expect(Object.values(preferences.channels)).toEqual([false, false, false]);
    const { orderUpdates, ...marketing } = preferences.topics;
    expect(orderUpdates).toBe(true);
    expect(Object.values(marketing).every((on) => !on)).toBe(true);
  });

  it("saves the shape and appends one consent record per change, none when nothing changed", async () => {
    const changes = await savePreferences(database.db, "u1", chosen(), context);
    expect(changes.map((change) => change.subject).sort()).toEqual(["channels.email", "favouriteStore", "interests", "sizes", "topics.promotions"]);
    expect(await getPreferences(database.db, "u1")).toEqual(chosen());
    const records = await listConsentRecords(database.db, "u1");
    expect(records).toHaveLength(5);
    expect(records.find((record) => record.subject === "channels.email")).toMatchObject({ value: true, source: "preference_center", textShown: "texte de channels.email", locale: "fr" });
    expect(await savePreferences(database.db, "u1", chosen(), context)).toEqual([]);
    expect(await listConsentRecords(database.db, "u1")).toHaveLength(5);
    const withdrawn = { ...chosen(), channels: { email: false, sms: false, push: false } };
    expect(await savePreferences(database.db, "u1", withdrawn, context)).toEqual([{ subject: "channels.email", value: false }]);
    expect(await listConsentRecords(database.db, "u1")).toHaveLength(6);
  });

  it.each([
    ["unknown_category", (p: Preferences) => ({ ...p, interests: ["no-such-category"] })],
    ["unknown_size", (p: Preferences) => ({ ...p, sizes: { [category]: "XXXXL" } })],
    ["unknown_category", (p: Preferences) => ({ ...p, sizes: { "no-such-category": "M" } })],
    ["unknown_store", (p: Preferences) => ({ ...p, favouriteStore: "no-such-store" })],
  ])("refuses %s and changes nothing", async (code, change) => {
    const before = await getPreferences(database.db, "u1");
    const recordsBefore = (await listConsentRecords(database.db, "u1")).length;
    const attempt = change({ ...before, topics: { ...before.topics, events: !before.topics.events } });
    await expect(savePreferences(database.db, "u1", attempt, context)).rejects.toMatchObject({ code });
    await expect(savePreferences(database.db, "u1", attempt, context)).rejects.toBeInstanceOf(UnknownReferenceError);
    expect(await getPreferences(database.db, "u1")).toEqual(before);
    expect(await listConsentRecords(database.db, "u1")).toHaveLength(recordsBefore);
  });

  it("the body schema refuses unknown keys and wrong types", () => {
    const good = defaultPreferences();
    expect(preferencesSchema.safeParse(good).success).toBe(true);
    expect(preferencesSchema.safeParse({ ...good, extra: 1 }).success).toBe(false);
    expect(preferencesSchema.safeParse({ ...good, channels: { ...good.channels, fax: true } }).success).toBe(false);
    expect(preferencesSchema.safeParse({ ...good, topics: { ...good.topics, promotions: "yes" } }).success).toBe(false);
    expect(preferencesSchema.safeParse({ ...good, interests: "shoes" }).success).toBe(false);
    expect(preferencesSchema.safeParse({ ...good, interests: ["a", "a"] }).success).toBe(false);
    expect(preferencesSchema.safeParse({ ...good, favouriteStore: 3 }).success).toBe(false);
    expect(preferencesSchema.safeParse({ ...good, sizes: undefined }).success).toBe(false);
  });
});

describeOnEachDatabase(
  "consent records are append-only in the database",
  async (db) => {
    await db.db.insert(users).values({ id: "u2", name: "Bo", email: "bo@example.com" });
    await db.db.insert(consentRecords).values({ userId: "u2", subject: "channels.sms", value: true, source: "api", textShown: "SMS", locale: "fr" });
  },
  (current) => {
    it("refuses UPDATE, DELETE and TRUNCATE", async () => {
      const { db } = current();
      await expect(db.update(consentRecords).set({ value: false })).rejects.toThrow();
      await expect(db.delete(consentRecords)).rejects.toThrow();
      await expect(db.execute(sql`truncate consent_records`)).rejects.toThrow();
      const rows = await db.select().from(consentRecords);
      expect(rows).toHaveLength(1);
      expect(rows[0]!.value).toBe(true);
      // Appending still works, and preferences themselves stay editable.
      await db.insert(consentRecords).values({ userId: "u2", subject: "channels.sms", value: false, source: "api", textShown: "SMS", locale: "fr" });
      await db.insert(shopperPreferences).values({ userId: "u2", preferences: defaultPreferences() });
      expect(await db.select().from(consentRecords)).toHaveLength(2);
    });
  },
);
