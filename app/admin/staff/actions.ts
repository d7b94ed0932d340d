"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireStaff } from "@/lib/auth/require";
import { grantRole, revokeRole } from "@/lib/auth/staff";
import { getDb } from "@/lib/db/client";
import { emailSchema, storeSlugSchema } from "@/lib/orders/order-request";

const grantSchema = z.object({
  email: emailSchema,
  role: z.enum(["admin", "staff"]),
  store: z.union([z.literal(""), storeSlugSchema]),
});

/** Admins only: gives an existing account a role (docs/back-office.md). */
export async function grantRoleAction(form: FormData): Promise<void> {
  const { session } = await requireStaff("/admin/staff", { admin: true });
  const parsed = grantSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) redirect("/admin/staff?result=invalid");
  const { email, role, store } = parsed.data;
  const result = await grantRole(await getDb(), { email, role, storeSlug: store || null, grantedBy: session.user.id });
  redirect(`/admin/staff?result=${result.ok ? "granted" : result.reason}`);
}

export async function revokeRoleAction(form: FormData): Promise<void> {
  await requireStaff("/admin/staff", { admin: true });
  const userId = z.string().min(1).max(64).safeParse(form.get("userId"));
  if (!userId.success) redirect("/admin/staff?result=invalid");
  const result = await revokeRole(await getDb(), userId.data);
  redirect(`/admin/staff?result=${result.ok ? "revoked" : result.reason}`);
}
