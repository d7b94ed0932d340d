"use client";

import { Link } from "@/lib/i18n/navigation";
import { useEffect, useState } from "react";
import { ProductImage } from "@/components/catalog/product-image";
import type { CampaignLanding as Landing } from "@/lib/campaigns/campaigns";
import { formatPrice } from "@/lib/i18n/format";
import { loadCampaign } from "./campaign-client";
import { CARD_IMAGE_WIDTHS } from "@/lib/catalog/images";

export interface CampaignLandingTexts {
  /** "Code promo : {code}" */
  promo: string;
  /** "Voir {category}" */
  seeCategory: string;
  featured: string;
}

/**
 * The home page's hero for a shopper who arrived with a known campaign: its title, text, image,
 * featured category and products, promo code. Anyone else keeps the default hero (`children`),
 * which the server rendered into the cached page.
 */
export function CampaignLanding({ texts, locale, children }: { texts: CampaignLandingTexts; locale: string; children: React.ReactNode }) {
  const [campaign, setCampaign] = useState<Landing | null>(null);
  useEffect(() => {
    let live = true;
    void loadCampaign().then((found) => live && setCampaign(found));
    return () => {
      live = false;
    };
  }, []);
  if (!campaign) return children;
  return (
    <section data-campaign-landing={campaign.slug} className="overflow-hidden rounded-2xl bg-gradient-to-br from-orange-100 via-amber-50 to-stone-100 px-6 py-10 sm:px-10 sm:py-14">
      <div className="flex flex-col gap-6 md:flex-row md:items-center">
        <div className="flex-1">
          <h1 className="max-w-xl text-3xl font-semibold tracking-tight sm:text-4xl">{campaign.title}</h1>
          <p className="mt-3 max-w-xl text-lg text-muted">{campaign.text}</p>
          {campaign.promoCode && <p className="mt-4 inline-block rounded-md border border-dashed border-brand-dark px-3 py-1.5 font-mono font-semibold text-brand-dark">{texts.promo.replace("{code}", campaign.promoCode)}</p>}
          {campaign.category && (
            <p className="mt-6">
              <Link href={`/categories/${campaign.category.slug}`} className="inline-block rounded-md bg-ink px-5 py-3 font-semibold text-white">
                {texts.seeCategory.replace("{category}", campaign.category.name)}
              </Link>
            </p>
          )}
        </div>
        {campaign.imageUrl && (
          // eslint-disable-next-line @next/next/no-img-element -- an image the retailer chose (https or /images/), shown as given
          <img src={campaign.imageUrl} alt="" width={480} height={600} className="aspect-[4/5] w-full max-w-56 self-center rounded-xl object-cover" />
        )}
      </div>
      {campaign.products.length > 0 && (
        <div className="mt-8">
          <h2 className="mb-3 text-lg font-semibold">{texts.featured}</h2>
          <ul className="grid grid-cols-2 gap-4 sm:grid-cols-4">
            {campaign.products.map((product) => (
              <li key={product.slug} className="relative flex flex-col">
                <ProductImage imageKey={product.image} alt="" sizes="(min-width: 640px) 22vw, 46vw" widths={CARD_IMAGE_WIDTHS} className="rounded-md" />
                <Link href={`/products/${product.slug}`} className="mt-2 text-sm font-medium after:absolute after:inset-0">
                  {product.name}
                </Link>
                <span className="text-sm font-semibold">{formatPrice(product.priceCents, locale)}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
