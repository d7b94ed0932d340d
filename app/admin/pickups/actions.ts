"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { movePickup } from "@/lib/admin/pickups";
import { requireStaff } from "@/lib/auth/require";
import { getDb } from "@/lib/db/client";

const formSchema = z.object({
  id: z.string().min(1).max(64),
  move: z.enum(["ready", "collected", "cancel"]),
  back: z.string().startsWith("/admin/pickups").max(300),
});

/** A desk button: the same move as the API, then back to the list with what happened. */
export async function pickupMoveAction(form: FormData): Promise<void> {
  const { member } = await requireStaff("/admin/pickups");
  const parsed = formSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) redirect("/admin/pickups");
  const { id, move, back } = parsed.data;
  const db = await getDb();
  const result = await movePickup(db, member, id, move);
  const url = new URL(back, "http://desk");
  url.searchParams.set("done", result.ok ? move : "refused");
  redirect(`${url.pathname}${url.search}`);
}
