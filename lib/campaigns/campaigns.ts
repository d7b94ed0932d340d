import { and, asc, desc, eq, gte, inArray, isNull, lte, or, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../db/client";
import { campaigns, categories, products } from "../db/schema";
import { cleanSource } from "../visitor/cookie";

/**
 * Campaign landings (docs/back-office.md): a campaign matches `utm_source` and/or
 * `utm_campaign` during its dates and gives the home page its title, text, image, featured
 * category or products and promo code. Unknown parameters match nothing: the default home.
 */
const token = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .transform((value, ctx) => {
    const cleaned = cleanSource(value);
    if (cleaned !== value.toLowerCase()) ctx.addIssue({ code: "custom", message: "use letters, digits, '.', '-' or '_'" });
    return cleaned ?? "";
  });
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const dateSchema = z.union([z.iso.date(), z.iso.datetime({ offset: true })]).transform((value) => new Date(value));
/** A date alone ends at the end of that day (UTC), so "ends 31 December" includes the 31st. */
const endDateSchema = z.union([z.iso.date().transform((value) => new Date(`${value}T23:59:59.999Z`)), z.iso.datetime({ offset: true }).transform((value) => new Date(value))]);

export const campaignInputSchema = z
  .object({
    slug: z.string().min(2).max(60).regex(slugPattern, "lower-case words joined by '-'"),
    match: z.object({ source: token.optional(), campaign: token.optional() }).strict().refine((m) => m.source || m.campaign, "give source, campaign or both"),
    title: z.string().trim().min(2).max(120),
    text: z.string().trim().min(2).max(500),
    imageUrl: z
      .string()
      .max(500)
      .regex(/^(https:\/\/[^\s"'<>]+|\/images\/[A-Za-z0-9._/-]+)$/, "an https:// URL or a /images/ path")
      .optional(),
    category: z.string().min(1).max(100).optional(),
    products: z.array(z.string().min(1).max(200)).max(8).default([]),
    promoCode: z.string().trim().regex(/^[A-Z0-9-]{3,20}$/, "3-20 capital letters, digits or '-'").optional(),
    startsAt: dateSchema.optional(),
    endsAt: endDateSchema.optional(),
  })
  .strict()
  .refine((c) => !c.startsAt || !c.endsAt || c.startsAt < c.endsAt, { message: "endsAt must come after startsAt", path: ["endsAt"] });

export type CampaignInput = z.infer<typeof campaignInputSchema>;
export type CreateCampaignResult = { ok: true } | { ok: false; reason: "slug_taken" | "unknown_category" | "unknown_products" };

export async function createCampaign(db: Db, input: CampaignInput): Promise<CreateCampaignResult> {
  if (input.category) {
    const [category] = await db.select({ slug: categories.slug }).from(categories).where(eq(categories.slug, input.category));
    if (!category) return { ok: false, reason: "unknown_category" };
  }
  if (input.products.length) {
    const found = await db.select({ slug: products.slug }).from(products).where(and(inArray(products.slug, input.products), isNull(products.deletedAt)));
    if (found.length !== new Set(input.products).size) return { ok: false, reason: "unknown_products" };
  }
  const inserted = await db
    .insert(campaigns)
    .values({
      slug: input.slug,
      matchSource: input.match.source ?? null,
      matchCampaign: input.match.campaign ?? null,
      title: input.title,
      text: input.text,
      imageUrl: input.imageUrl ?? null,
      categorySlug: input.category ?? null,
      productSlugs: [...new Set(input.products)],
      promoCode: input.promoCode ?? null,
      startsAt: input.startsAt ?? null,
      endsAt: input.endsAt ?? null,
    })
    .onConflictDoNothing()
    .returning({ slug: campaigns.slug });
  return inserted.length ? { ok: true } : { ok: false, reason: "slug_taken" };
}

export async function listCampaigns(db: Db): Promise<(typeof campaigns.$inferSelect)[]> {
  return db.select().from(campaigns).orderBy(desc(campaigns.createdAt), asc(campaigns.slug));
}

const running = (now: Date) => and(or(isNull(campaigns.startsAt), lte(campaigns.startsAt, now)), or(isNull(campaigns.endsAt), gte(campaigns.endsAt, now)));

/**
 * The running campaign for these parameters: one that names both wins over one that names
 * one; the newest breaks a tie. Null when nothing matches (the default home).
 */
export async function matchCampaign(db: Db, params: { source: string | null; campaign: string | null }, now: Date = new Date()): Promise<string | null> {
  const source = cleanSource(params.source);
  const campaign = cleanSource(params.campaign);
  if (!source && !campaign) return null;
  const [found] = await db
    .select({ slug: campaigns.slug })
    .from(campaigns)
    .where(
      and(
        running(now),
        or(isNull(campaigns.matchSource), eq(campaigns.matchSource, source ?? "")),
        or(isNull(campaigns.matchCampaign), eq(campaigns.matchCampaign, campaign ?? "")),
      ),
    )
    .orderBy(desc(sql`(${campaigns.matchSource} is not null)::int + (${campaigns.matchCampaign} is not null)::int`), desc(campaigns.createdAt))
    .limit(1);
  return found?.slug ?? null;
}

export interface CampaignLanding {
  slug: string;
  title: string;
  text: string;
  imageUrl: string | null;
  promoCode: string | null;
  category: { slug: string; name: string } | null;
  products: { slug: string; name: string; image: string; priceCents: number }[];
}

/** What the landing and the banner show; null when the campaign is unknown or not running. */
export async function campaignLanding(db: Db, slug: string, now: Date = new Date()): Promise<CampaignLanding | null> {
  const [row] = await db
    .select({ campaign: campaigns, categoryName: categories.name })
    .from(campaigns)
    .leftJoin(categories, eq(categories.slug, campaigns.categorySlug))
    .where(and(eq(campaigns.slug, slug), running(now)));
  if (!row) return null;
  const { campaign } = row;
  const featured = campaign.productSlugs.length
    ? await db
        .select({ slug: products.slug, name: products.name, images: products.images, priceCents: products.priceCents })
        .from(products)
        .where(and(inArray(products.slug, campaign.productSlugs), isNull(products.deletedAt)))
    : [];
  const order = new Map(campaign.productSlugs.map((s, i) => [s, i]));
  return {
    slug: campaign.slug,
    title: campaign.title,
    text: campaign.text,
    imageUrl: campaign.imageUrl,
    promoCode: campaign.promoCode,
    category: campaign.categorySlug && row.categoryName ? { slug: campaign.categorySlug, name: row.categoryName } : null,
    products: featured
      .sort((a, b) => order.get(a.slug)! - order.get(b.slug)!)
      .map(({ images, ...product }) => ({ ...product, image: images[0] ?? "" })),
  };
}
