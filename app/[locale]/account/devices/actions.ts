"use server";

import { localizedRedirect } from "@/lib/i18n/redirect";
import { z } from "zod";
import { revokeOtherSessions, revokeSession } from "@/lib/auth/devices";
import { requireSession } from "@/lib/auth/require";
import { getDb } from "@/lib/db/client";

const sessionIdSchema = z.string().min(1).max(100);

/** Signs one device out (a session of this account only). */
export async function signOutDevice(form: FormData): Promise<void> {
  const current = await requireSession("/account/devices");
  const parsed = sessionIdSchema.safeParse(form.get("session"));
  if (parsed.success) await revokeSession(await getDb(), current.user.id, parsed.data);
  await localizedRedirect("/account/devices");
}

export async function signOutOtherDevices(): Promise<void> {
  const current = await requireSession("/account/devices");
  await revokeOtherSessions(await getDb(), current.user.id, current.session.id);
  await localizedRedirect("/account/devices");
}
