import { and, eq, isNull, ne } from "drizzle-orm";
import type { Db } from "../db/client";
import { productViews, sessions, visitors } from "../db/schema";
import { deviceClass, deviceLabel, type DeviceHints } from "../visitor/device";

export interface AttachInput extends DeviceHints {
  userId: string;
  sessionId: string;
  visitorId: string;
}

/**
 * Runs right after a session is created (sign-in, registration, passkey): the device's visitor
 * becomes the account's, the views it made anonymously join the account's history, and older
 * sessions of the same account on this same device are retired (the session rotates at sign-in).
 * The device's cart is merged by the device itself (PUT /api/cart right after sign-in).
 */
export async function attachDeviceToAccount(db: Db, input: AttachInput): Promise<{ viewsAttached: number }> {
  return db.transaction(async (tx) => {
    await upsertVisitor(tx as unknown as Db, input.visitorId, input, input.userId);
    const attached = await tx
      .update(productViews)
      .set({ userId: input.userId })
      .where(and(eq(productViews.visitorId, input.visitorId), isNull(productViews.userId)))
      .returning({ id: productViews.id });
    await tx
      .delete(sessions)
      .where(and(eq(sessions.userId, input.userId), eq(sessions.visitorId, input.visitorId), ne(sessions.id, input.sessionId)));
    return { viewsAttached: attached.length };
  });
}

/** Records (or refreshes) a device; `userId` only ever set here, never cleared by a later anonymous visit. */
export async function upsertVisitor(db: Db, visitorId: string, hints: DeviceHints, userId?: string | null): Promise<void> {
  const now = new Date();
  const device = { deviceClass: deviceClass(hints), deviceLabel: deviceLabel(hints) };
  await db
    .insert(visitors)
    .values({ id: visitorId, userId: userId ?? null, ...device, lastSeenAt: now })
    .onConflictDoUpdate({ target: visitors.id, set: { ...device, lastSeenAt: now, ...(userId ? { userId } : {}) } });
}
