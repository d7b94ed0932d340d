import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../db/client";
import { sessions, users } from "../db/schema";
import { listSignedInDevices, revokeOtherSessions, revokeSession } from "./devices";

const PHONE_UA = "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36";
const DESKTOP_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";
let database: Database;
const later = new Date(Date.now() + 86_400_000);

beforeAll(async () => {
  database = await openDatabase({ dataDir: "memory" });
  await database.db.insert(users).values([
    { id: "a", name: "A", email: "a@example.com" },
    { id: "b", name: "B", email: "b@example.com" },
  ]);
  await database.db.insert(sessions).values([
    { id: "a-phone", token: "t1", userId: "a", expiresAt: later, userAgent: PHONE_UA, lastActiveAt: new Date(Date.now() - 60_000) },
    { id: "a-desktop", token: "t2", userId: "a", expiresAt: later, userAgent: DESKTOP_UA, lastActiveAt: new Date() },
    { id: "a-tablet-old", token: "t3", userId: "a", expiresAt: new Date(Date.now() - 1000), userAgent: PHONE_UA },
    { id: "a-laptop", token: "t5", userId: "a", expiresAt: later, userAgent: DESKTOP_UA },
    { id: "b-phone", token: "t4", userId: "b", expiresAt: later, userAgent: PHONE_UA },
  ]);
});
afterAll(() => database.close());

describe("signed-in devices", () => {
  it("lists live sessions with their kind, most recently active first", async () => {
    const devices = await listSignedInDevices(database.db, "a");
    expect(devices.map((d) => d.sessionId)).toContain("a-phone");
    expect(devices.map((d) => d.sessionId)).not.toContain("a-tablet-old");
    expect(devices.find((d) => d.sessionId === "a-phone")).toMatchObject({ deviceClass: "mobile", deviceLabel: "Chrome · Android" });
    expect(devices.find((d) => d.sessionId === "a-desktop")?.deviceClass).toBe("desktop");
  });

  it("signs out one device of the account only, never another account's", async () => {
    expect(await revokeSession(database.db, "a", "b-phone")).toBe(false);
    expect(await revokeSession(database.db, "a", "a-phone")).toBe(true);
    expect((await listSignedInDevices(database.db, "a")).map((d) => d.sessionId)).not.toContain("a-phone");
  });

  it("signs out all other devices and keeps this one", async () => {
    await revokeOtherSessions(database.db, "a", "a-desktop");
    expect((await listSignedInDevices(database.db, "a")).map((d) => d.sessionId)).toEqual(["a-desktop"]);
    expect(await listSignedInDevices(database.db, "b")).toHaveLength(1);
  });
});
