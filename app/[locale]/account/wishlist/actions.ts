"use server";

import { localizedRedirect } from "@/lib/i18n/redirect";
import { z } from "zod";
import { requireSession } from "@/lib/auth/require";
import { getDb } from "@/lib/db/client";
import { removeFromWishlist } from "@/lib/wishlist/wishlist";

export async function removeWishlistItem(form: FormData): Promise<void> {
  const current = await requireSession("/account/wishlist");
  const parsed = z.string().min(1).max(200).safeParse(form.get("product"));
  if (parsed.success) await removeFromWishlist(await getDb(), current.user.id, parsed.data);
  await localizedRedirect("/account/wishlist");
}
