import { and, eq, gt, ne } from "drizzle-orm";
import type { Db } from "../db/client";
import { sessions } from "../db/schema";
import { deviceClass, deviceLabel, type DeviceClass } from "../visitor/device";

export interface SignedInDevice {
  sessionId: string;
  deviceClass: DeviceClass;
  deviceLabel: string;
  signedInAt: Date;
  lastActiveAt: Date;
}

/** The account's live sessions (one per signed-in device or browser), most recently active first. */
export async function listSignedInDevices(db: Db, userId: string, now = new Date()): Promise<SignedInDevice[]> {
  const rows = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, now)));
  return rows
    .map((row) => ({
      sessionId: row.id,
      deviceClass: deviceClass({ userAgent: row.userAgent }),
      deviceLabel: deviceLabel({ userAgent: row.userAgent }),
      signedInAt: row.createdAt,
      lastActiveAt: [row.lastActiveAt, row.updatedAt].reduce<Date>((latest, d) => (d && d > latest ? d : latest), row.createdAt),
    }))
    .sort((a, b) => b.lastActiveAt.getTime() - a.lastActiveAt.getTime());
}

/** Signs one device out: only a session of this account can be deleted. */
export async function revokeSession(db: Db, userId: string, sessionId: string): Promise<boolean> {
  const deleted = await db.delete(sessions).where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId))).returning({ id: sessions.id });
  return deleted.length > 0;
}

/** Signs every other device out, keeping the current session. */
export async function revokeOtherSessions(db: Db, userId: string, currentSessionId: string): Promise<number> {
  const deleted = await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), ne(sessions.id, currentSessionId)))
    .returning({ id: sessions.id });
  return deleted.length;
}
