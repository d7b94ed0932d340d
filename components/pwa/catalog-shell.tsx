"use client";

import { Link } from "@/lib/i18n/navigation";
import { createTranslator } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import { AddToCartButton, type AddToCartTexts } from "@/components/cart/add-to-cart-button";
import { VariantOptions, type VariantTexts } from "@/components/catalog/variant-options";
import { availabilityUrl, chooseSku } from "@/lib/catalog/sku-choice";
import type { Category } from "@/lib/catalog/types";
import { imagesForColour, variantChoices } from "@/lib/catalog/variants";
import { formatPrice } from "@/lib/i18n/format";
import type { MirrorProduct, MirrorSearchEntry } from "@/lib/offline/db";
import { toSearchEntry } from "@/lib/offline/mirror-apply";
import { IMAGE_PLACEHOLDER } from "@/lib/offline/image-placeholder";
import { getMirrorCategory, getMirrorProduct, listMirrorCategories, mirrorHomeSelection, searchMirror, type MirrorCategoryPage } from "@/lib/offline/mirror";
import { catalogRoute } from "@/lib/offline/routes";

export interface ShellTexts {
  shellNotice: string;
  shellLoading: string;
  notInMirror: string;
  mirrorUnavailable: string;
  /** "Résultats pour « {q} »" */
  searchTitle: string;
  searchPrompt: string;
  /** "… « {q} » …" */
  noResults: string;
  /** The listing's ICU count, "{count, plural, …}": "1 produit", "28 produits", as online. */
  products: string;
  showMore: string;
  /** The product page's colour and size choices (components/catalog/variant-options.tsx). */
  variants: VariantTexts;
  description: string;
  inStock: string;
  soldOutOnline: string;
  checkStores: string;
  home: string;
  cart: string;
  breadcrumb: string;
  /** "Hors ligne": the name of this page's offline status, which stands in for the header's. */
  offline: string;
  /** The home drawn from the mirror: hero, departments, a selection. */
  homeTitle: string;
  homeText: string;
  categoriesTitle: string;
  selectionTitle: string;
}

type View =
  | { kind: "loading" }
  | { kind: "home"; categories: Category[]; products: MirrorSearchEntry[] }
  | { kind: "product"; product: MirrorProduct; category?: Category; requestedSku?: string }
  | { kind: "category"; page: MirrorCategoryPage }
  | { kind: "search"; q: string; items: MirrorSearchEntry[]; total: number }
  | { kind: "missing" }
  | { kind: "unavailable" };

const PAGE_SIZE = 24;
/**
 * The User Timing entry of the page's search, from the call to its answer (docs/offline.md,
 * "Offline search"): the bench reports it as searchShellSearchMs.
 */
const OFFLINE_SEARCH_MEASURE = "vitrine:offline-search";
/** Products on the offline home: one per department. */
const HOME_SELECTION = 12;

/**
 * The offline catalog shell: the service worker answers a catalog URL that is not cached with
 * this page, and it draws the product, category or search from the IndexedDB mirror by reading
 * the address bar. Links are plain <a>: each goes through the worker again.
 */
export function CatalogShell({ texts, addTexts, locale }: { texts: ShellTexts; addTexts: AddToCartTexts; locale: string }) {
  const [view, setView] = useState<View>({ kind: "loading" });
  const [shown, setShown] = useState(PAGE_SIZE);

  useEffect(() => {
    let active = true;
    void resolveView(new URL(window.location.href), locale).then((next) => {
      if (!active) return;
      setView(next);
      const title = next.kind === "product" ? next.product.name : next.kind === "category" ? next.page.category.name : null;
      if (title) document.title = `${title} · Vitrine`;
    });
    return () => {
      active = false;
    };
  }, [locale]);

  const price = (cents: number) => formatPrice(cents, locale);
  const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ""));
  // The same ICU message the online listing formats (catalog.products), so the counts read alike.
  const count = useMemo(() => {
    const t = createTranslator({ locale, messages: { catalog: { products: texts.products } }, namespace: "catalog" });
    return (total: number) => t("products", { count: total });
  }, [locale, texts.products]);

  // A search reads only the cards it shows (docs/offline.md, "Offline search"): "show more" reads the next ones.
  useEffect(() => {
    if (view.kind !== "search" || view.items.length >= Math.min(shown, view.total)) return;
    let active = true;
    void searchMirror(view.q, locale, shown).then((found) => {
      if (active && found.status === "found") setView({ ...view, ...found.value });
    });
    return () => {
      active = false;
    };
  }, [shown, view, locale]);

  // Listing cards need only what a search entry holds. `total`: how many there are, `items` holding the first of them.
  const grid = (items: MirrorSearchEntry[], total = items.length) => (
    <>
      <ul className="mt-6 grid grid-cols-2 gap-x-4 gap-y-8 sm:grid-cols-3 lg:grid-cols-4">
        {items.slice(0, shown).map((product) => (
          <li key={product.slug} className="group relative flex flex-col">
            <ShellImage src={product.image ?? undefined} />
            <p className="mt-2 text-xs tracking-wide text-muted uppercase">{product.brand}</p>
            <h2 className="text-sm font-medium">
              <a href={`/products/${product.slug}`} className="after:absolute after:inset-0 group-hover:underline">
                {product.name}
              </a>
            </h2>
            <p className="mt-1 text-sm font-semibold">{price(product.priceCents)}</p>
          </li>
        ))}
      </ul>
      {total > shown && (
        <button type="button" onClick={() => setShown((n) => n + PAGE_SIZE)} className="mt-8 self-center rounded-md border border-ink px-5 py-2 font-medium">
          {texts.showMore}
        </button>
      )}
    </>
  );

  return (
    <div className="flex flex-col">
      {/* This page's own offline notice: the header's generic one hides while it is shown (pwa-notices.tsx). */}
      <p role="status" aria-label={texts.offline} data-offline-notice className="mb-6 rounded-md bg-stone-100 px-4 py-2 text-sm">
        {texts.shellNotice}
      </p>
      {view.kind === "loading" && <p>{texts.shellLoading}</p>}
      {(view.kind === "missing" || view.kind === "unavailable") && (
        <div className="rounded-md bg-white p-6">
          <h1 className="text-2xl font-semibold">{view.kind === "missing" ? texts.notInMirror : texts.mirrorUnavailable}</h1>
          <p className="mt-4 flex gap-4">
            <Link href="/" className="underline underline-offset-4">
              {texts.home}
            </Link>
            <a href="/cart" className="underline underline-offset-4">
              {texts.cart}
            </a>
          </p>
        </div>
      )}
      {view.kind === "home" && (
        <div className="flex flex-col gap-10">
          <div>
            <h1 className="text-3xl font-semibold tracking-tight">{texts.homeTitle}</h1>
            <p className="mt-2 text-muted">{texts.homeText}</p>
          </div>
          <section aria-labelledby="shell-departments">
            <h2 id="shell-departments" className="mb-4 text-xl font-semibold">
              {texts.categoriesTitle}
            </h2>
            <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
              {view.categories.map((category) => (
                <li key={category.slug}>
                  <a
                    href={`/categories/${category.slug}`}
                    className="flex min-h-16 items-center justify-center rounded-lg border border-line bg-white px-3 text-center font-medium hover:border-ink"
                  >
                    {category.name}
                  </a>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="shell-selection" className="flex flex-col">
            <h2 id="shell-selection" className="text-xl font-semibold">
              {texts.selectionTitle}
            </h2>
            {grid(view.products)}
          </section>
        </div>
      )}
      {view.kind === "category" && (
        <>
          <h1 className="text-3xl font-semibold tracking-tight">{view.page.category.name}</h1>
          <p className="mt-1 text-sm text-muted">{count(view.page.products.length)}</p>
          {grid(view.page.products.map(toSearchEntry))}
        </>
      )}
      {view.kind === "search" && (
        <>
          <h1 className="text-2xl font-semibold tracking-tight">{view.q ? fill(texts.searchTitle, { q: view.q }) : texts.searchPrompt}</h1>
          {view.q && view.total === 0 && <p className="mt-6 rounded-md bg-white p-6">{fill(texts.noResults, { q: view.q })}</p>}
          {view.total > 0 && <p className="mt-1 text-sm text-muted">{count(view.total)}</p>}
          {grid(view.items, view.total)}
        </>
      )}
      {view.kind === "product" && <ShellProduct view={view} texts={texts} addTexts={addTexts} price={price} />}
    </div>
  );
}

function ShellProduct({
  view,
  texts,
  addTexts,
  price,
}: {
  view: Extract<View, { kind: "product" }>;
  texts: ShellTexts;
  addTexts: AddToCartTexts;
  price: (cents: number) => string;
}) {
  const { product, category } = view;
  const [selected, setSelected] = useState(() => chooseSku(product, view.requestedSku)?.sku);
  const sku = product.skus.find((candidate) => candidate.sku === selected);
  // As online, a choice is the SKU's own URL: the address bar follows it, without a reload.
  const choose = (next: string) => {
    setSelected(next);
    const url = new URL(window.location.href);
    url.searchParams.set("sku", next);
    window.history.replaceState(window.history.state, "", url);
  };
  return (
    <article className="grid gap-8 md:grid-cols-2">
      {category && (
        <nav aria-label={texts.breadcrumb} className="text-sm md:col-span-2">
          <a href={`/categories/${category.slug}`} className="underline underline-offset-4">
            {category.name}
          </a>
        </nav>
      )}
      {/* The chosen colour's picture first, as on the product page. */}
      <ShellImage key={sku?.colour} src={imagesForColour(product, sku?.colour ?? null)[0]} />
      <div className="flex flex-col gap-5">
        <div>
          <p className="text-sm tracking-wide text-muted uppercase">{product.brand}</p>
          <h1 className="text-3xl font-semibold tracking-tight">{product.name}</h1>
        </div>
        {sku && (product.skus.length > 1 || sku.colour) && (
          <div className="flex flex-col gap-3">
            <VariantOptions productSlug={product.slug} choices={variantChoices(product.skus, sku)} selectedColour={sku.colourLabel ?? sku.colour} texts={texts.variants} onChoose={choose} />
          </div>
        )}
        {sku && (
          <div className="flex flex-col gap-3 rounded-lg border border-line bg-white p-4" data-sku={sku.sku}>
            <span className="text-2xl font-semibold">{price(sku.priceCents)}</span>
            <p className={`text-sm font-medium ${sku.onlineStock > 0 ? "text-ok" : "text-warn"}`}>{sku.onlineStock > 0 ? texts.inStock : texts.soldOutOnline}</p>
            {sku.onlineStock > 0 ? (
              <AddToCartButton key={sku.sku} sku={sku.sku} texts={addTexts} />
            ) : (
              sku.storeStock > 0 && (
                <a href={availabilityUrl(product.slug, sku.sku)} className="rounded-md bg-brand px-5 py-3 text-center font-semibold text-white hover:bg-brand-dark">
                  {texts.checkStores}
                </a>
              )
            )}
          </div>
        )}
        <section>
          <h2 className="mb-1 font-semibold">{texts.description}</h2>
          <p className="leading-relaxed text-muted">{product.description}</p>
        </section>
      </div>
    </article>
  );
}

/** The mirror's image URL: shown if the worker cached it, else the placeholder at the same size. */
function ShellImage({ src }: { src?: string }) {
  const [failed, setFailed] = useState(false);
  return (
    // eslint-disable-next-line @next/next/no-img-element -- offline: the cached file as it is, no optimiser
    <img
      src={!src || failed ? IMAGE_PLACEHOLDER : src}
      alt=""
      width={480}
      height={600}
      onError={() => setFailed(true)}
      className="aspect-[4/5] h-auto w-full rounded-md bg-stone-100 object-cover"
    />
  );
}

async function resolveView(url: URL, locale: string): Promise<View> {
  const route = catalogRoute(url);
  if (!route) return { kind: "missing" };
  if (route.kind === "home") {
    const [categories, selection] = await Promise.all([listMirrorCategories(locale), mirrorHomeSelection(HOME_SELECTION, locale)]);
    if (selection.status !== "found") return { kind: selection.status };
    const departments = categories.filter((category) => !category.parent).sort((a, b) => a.name.localeCompare(b.name));
    return { kind: "home", categories: departments, products: selection.value.map(toSearchEntry) };
  }
  if (route.kind === "product") {
    const found = await getMirrorProduct(route.slug, locale);
    if (found.status !== "found") return { kind: found.status };
    const category = (await listMirrorCategories(locale)).find((candidate) => candidate.slug === found.value.category);
    return { kind: "product", product: found.value, category, requestedSku: url.searchParams.get("sku") ?? undefined };
  }
  if (route.kind === "category") {
    const found = await getMirrorCategory(route.slug, locale);
    return found.status === "found" ? { kind: "category", page: found.value } : { kind: found.status };
  }
  if (!route.q.trim()) return { kind: "search", q: "", items: [], total: 0 };
  const started = performance.now();
  const found = await searchMirror(route.q, locale, PAGE_SIZE);
  performance.measure(OFFLINE_SEARCH_MEASURE, { start: started });
  if (found.status === "unavailable") return { kind: "unavailable" };
  const result = found.status === "found" ? found.value : { items: [], total: 0 };
  return { kind: "search", q: route.q, ...result };
}
