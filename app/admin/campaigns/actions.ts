"use server";

import { redirect } from "next/navigation";
import { campaignInputSchema, createCampaign } from "@/lib/campaigns/campaigns";
import { requireStaff } from "@/lib/auth/require";
import { getDb } from "@/lib/db/client";

const text = (form: FormData, name: string) => {
  const value = String(form.get(name) ?? "").trim();
  return value === "" ? undefined : value;
};

/** The campaign form: the same checks as `POST /api/admin/campaigns`. */
export async function createCampaignAction(form: FormData): Promise<void> {
  await requireStaff("/admin/campaigns");
  const parsed = campaignInputSchema.safeParse({
    slug: text(form, "slug"),
    match: { source: text(form, "source"), campaign: text(form, "campaign") },
    title: text(form, "title"),
    text: text(form, "text"),
    imageUrl: text(form, "imageUrl"),
    category: text(form, "category"),
    products: (text(form, "products") ?? "").split(/[\s,]+/).filter(Boolean),
    promoCode: text(form, "promoCode")?.toUpperCase(),
    startsAt: text(form, "startsAt"),
    endsAt: text(form, "endsAt"),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    redirect(`/admin/campaigns?${new URLSearchParams({ result: "invalid", field: String(issue?.path[0] ?? "") })}`);
  }
  const result = await createCampaign(await getDb(), parsed.data);
  redirect(`/admin/campaigns?result=${result.ok ? "created" : result.reason}`);
}
