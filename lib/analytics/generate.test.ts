import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../db/client";
import { generateTraffic } from "./generate";
import { hasDemoTraffic, kpiReport } from "./kpis";

let database: Database;

beforeAll(async () => {
  database = await openDatabase({ dataDir: "memory" });
});
afterAll(() => database.close());

describe("generated demo traffic", () => {
  it("fills every day with every device class, deterministically, and is labelled", async () => {
    expect(await hasDemoTraffic(database.db)).toBe(false);
    const options = { sessions: 3000, days: 60, endDay: "2026-11-30", stores: ["lyon-bellecour", "paris-opera"], newsletterCampaign: "newsletter-hiver" };
    await generateTraffic(database.db, options);
    const report = await kpiReport(database.db, { from: "2026-10-02", to: "2026-11-30" });
    expect(report.daily).toHaveLength(60);
    expect(report.totals.sessions).toBe(3000);
    expect(new Set(report.byDevice.map((row) => `${row.device}:${row.installed}`))).toEqual(new Set(["phone:false", "phone:true", "tablet:false", "desktop:false"]));
    expect(report.bySource.some((row) => row.campaign === "newsletter-hiver")).toBe(true);
    expect(report.crossDevice.paths.find((path) => path.from === "phone" && path.to === "desktop")?.orders).toBeGreaterThan(0);
    expect(report.offline.offlineSessions).toBeGreaterThan(0);
    expect(report.byStore.map((row) => row.store)).toEqual(["lyon-bellecour", "paris-opera"]);
    expect(await hasDemoTraffic(database.db)).toBe(true);
    // Same options, same numbers: a second database gets the identical report.
    const again = await openDatabase({ dataDir: "memory" });
    try {
      await generateTraffic(again.db, options);
      expect(await kpiReport(again.db, { from: "2026-10-02", to: "2026-11-30" })).toEqual(report);
    } finally {
      await again.close();
    }
  });
});
