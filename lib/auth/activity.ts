import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { sessions } from "../db/schema";

/**
 * Marks a session as seen now, for "last activity" on /account/devices. At most one write a
 * minute per session: it rides on frequent requests (events, cart sync).
 */
export async function touchSession(db: Db, sessionId: string): Promise<void> {
  await db
    .update(sessions)
    .set({ lastActiveAt: new Date() })
    .where(and(eq(sessions.id, sessionId), or(isNull(sessions.lastActiveAt), lt(sessions.lastActiveAt, sql`now() - interval '1 minute'`))));
}
