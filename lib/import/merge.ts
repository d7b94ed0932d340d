import { sql } from "drizzle-orm";
import { ONLINE_LOCATION } from "../catalog/queries";
import type { Tx } from "../db/seed/bulk-insert";
import type { CategoryLevel } from "./map-product";
import type { StoreRow } from "./map-local";
import { rows } from "./staging";

/**
 * Set-based merges from the staging tables into the catalog (docs/import.md). Each statement
 * writes only rows whose values differ, so a re-import of the same feeds writes nothing, bumps
 * no catalog version and fires no stock event. Every write goes through the tables' triggers:
 * catalog versions for the offline mirror, stock notifications for open pages.
 */

export const DEFAULT_CATEGORY: CategoryLevel = { slug: "autres", name: "Autres", parent: null };

/** Categories from product_type paths, in order of first appearance. */
export async function mergeCategories(tx: Tx, levels: readonly CategoryLevel[]): Promise<{ created: number; updated: number; slugs: string[] }> {
  if (levels.length === 0) return { created: 0, updated: 0, slugs: [] };
  const [{ top } = { top: 0 }] = await rows<{ top: number }>(tx, sql`select coalesce(max(position), 0)::int as top from categories`);
  const records = levels.map((level, i) => ({ ...level, position: Number(top) + i + 1 }));
  const result = await rows<{ slug: string; inserted: boolean }>(
    tx,
    sql`insert into categories (slug, name, parent_slug, position)
        select slug, name, parent, position from jsonb_to_recordset(${JSON.stringify(records)}::jsonb) as t(slug text, name text, parent text, position int)
        on conflict (slug) do update set name = excluded.name, parent_slug = excluded.parent_slug, retired_at = null
          where (categories.name, categories.parent_slug, categories.retired_at is null) is distinct from (excluded.name, excluded.parent_slug, true)
        returning slug, (xmax = 0) as inserted`,
  );
  return { created: result.filter((r) => r.inserted).length, updated: result.filter((r) => !r.inserted).length, slugs: result.map((r) => r.slug) };
}

/** A GTIN given to several ids: the first line keeps it, the others are taken out and returned. */
export async function duplicateGtins(tx: Tx): Promise<{ line: number; sku: string; gtin: string }[]> {
  return rows(
    tx,
    sql`delete from import_skus s using (
          select line, row_number() over (partition by gtin order by line) as n from import_skus where gtin is not null) d
        where s.line = d.line and d.n > 1
        returning s.line, s.sku, s.gtin`,
  );
}

/** One staged product per group: its attributes from the group's first row, its price the lowest. */
export async function deriveProducts(tx: Tx): Promise<void> {
  await tx.execute(sql`
    update import_skus s set position = r.n from (
      select sku, (row_number() over (partition by group_id order by line) - 1)::int as n from import_skus) r
    where r.sku = s.sku`);
  await tx.execute(sql`
    with firsts as (
      select distinct on (group_id) * from import_skus order by group_id, line
    ), prices as (
      select group_id, min(price_cents) as price_cents from import_skus group by group_id
    ), known as (
      select f.*, p.slug as known_slug from firsts f left join products p on p.feed_id = f.group_id
    ), fresh as (
      select group_id, row_number() over (partition by slug_base order by line) as n from known where known_slug is null
    )
    insert into import_products (group_id, slug, line, name, description, category_slug, brand, price_cents, link, product_type, google_product_category, images)
    select k.group_id,
           coalesce(k.known_slug, case when f.n = 1 and not exists (select 1 from products x where x.slug = k.slug_base) then k.slug_base else k.slug_alt end),
           k.line, k.title, k.description, k.category_slug, k.brand, pr.price_cents, k.link, k.product_type, k.google_product_category, '[]'::jsonb
      from known k join prices pr using (group_id) left join fresh f using (group_id)`);
}

/** Groups whose rows name pictures, in batches, with every picture of the group in line order. */
export async function productsWithPictures(tx: Tx, after: string, limit: number) {
  return rows<{ group_id: string; slug: string; line: number; lists: string[][] }>(
    tx,
    sql`select p.group_id, p.slug, p.line, jsonb_agg(s.pictures order by s.line) as lists
          from import_products p join import_skus s using (group_id)
         where p.group_id > ${after} and s.pictures <> '[]'::jsonb
         group by p.group_id, p.slug, p.line order by p.group_id limit ${limit}`,
  );
}

export async function setImages(tx: Tx, images: { group_id: string; images: string[] }[]): Promise<void> {
  if (images.length === 0) return;
  await tx.execute(sql`
    update import_products p set images = t.images
      from jsonb_to_recordset(${JSON.stringify(images)}::jsonb) as t(group_id text, images jsonb)
     where p.group_id = t.group_id`);
}

/** Products without a readable picture show the catalog's drawing (key `${slug}-1`). */
export async function placeholderImages(tx: Tx): Promise<void> {
  await tx.execute(sql`update import_products set images = jsonb_build_array(slug || '-1') where images = '[]'::jsonb`);
}

export async function storePictures(tx: Tx, pictures: { id: string; master: Buffer }[]): Promise<number> {
  let stored = 0;
  for (const { id, master } of pictures) {
    const inserted = await rows(tx, sql`insert into catalog_pictures (id, master) values (${id}, ${master}) on conflict do nothing returning id`);
    stored += inserted.length;
  }
  return stored;
}

export async function knownPicture(tx: Tx, id: string): Promise<boolean> {
  return (await rows(tx, sql`select 1 from catalog_pictures where id = ${id}`)).length > 0;
}

export interface ProductCounts {
  created: string[];
  updated: string[];
  restored: number;
  retired: string[];
  staged: number;
}

export async function mergeProducts(tx: Tx, full: boolean): Promise<ProductCounts> {
  const [{ staged, restored } = { staged: 0, restored: 0 }] = await rows<{ staged: number; restored: number }>(
    tx,
    sql`select (select count(*) from import_products)::int as staged,
               (select count(*) from import_products s join products p on p.feed_id = s.group_id where p.deleted_at is not null)::int as restored`,
  );
  const updated = await rows<{ slug: string }>(
    tx,
    sql`update products p set name = s.name, description = s.description, category_slug = s.category_slug, brand = s.brand,
               images = s.images, price_cents = s.price_cents, link = s.link, product_type = s.product_type,
               google_product_category = s.google_product_category, deleted_at = null
          from import_products s
         where p.feed_id = s.group_id
           and (p.name, p.description, p.category_slug, p.brand, p.images, p.price_cents, p.link, p.product_type, p.google_product_category, p.deleted_at is null)
               is distinct from (s.name, s.description, s.category_slug, s.brand, s.images, s.price_cents, s.link, s.product_type, s.google_product_category, true)
        returning p.slug`,
  );
  const created = await rows<{ slug: string }>(
    tx,
    sql`insert into products (slug, feed_id, name, description, category_slug, brand, images, price_cents, link, product_type, google_product_category)
        select slug, group_id, name, description, category_slug, brand, images, price_cents, link, product_type, google_product_category
          from import_products s where not exists (select 1 from products p where p.feed_id = s.group_id)
         order by line
        returning slug`,
  );
  const retired = full
    ? await rows<{ slug: string }>(
        tx,
        sql`update products p set deleted_at = now()
             where p.deleted_at is null and not exists (select 1 from import_products s where s.group_id = p.feed_id)
            returning p.slug`,
      )
    : [];
  return { created: created.map((r) => r.slug), updated: updated.map((r) => r.slug), restored: Number(restored), retired: retired.map((r) => r.slug), staged: Number(staged) };
}

export interface SkuCounts {
  created: number;
  updated: number;
  withdrawn: number;
  staged: number;
  /** Products whose SKUs changed. */
  products: string[];
}

export async function mergeSkus(tx: Tx, full: boolean): Promise<SkuCounts> {
  // A GTIN moved from one SKU to another: free it first (GTINs are unique).
  await tx.execute(sql`update skus k set gtin = null from import_skus s where k.gtin = s.gtin and k.sku <> s.sku`);
  const updated = await rows<{ product: string }>(
    tx,
    sql`update skus k set product_slug = p.slug, label = s.label, size = s.size, colour = s.colour, price_cents = s.price_cents,
               position = s.position, gtin = s.gtin, list_price_cents = s.list_price_cents, sale_price_cents = s.sale_price_cents,
               sale_starts_at = s.sale_starts_at, sale_ends_at = s.sale_ends_at
          from import_skus s join import_products p using (group_id)
         where k.sku = s.sku
           and (k.product_slug, k.label, k.size, k.colour, k.price_cents, k.position, k.gtin, k.list_price_cents, k.sale_price_cents, k.sale_starts_at, k.sale_ends_at)
               is distinct from (p.slug, s.label, s.size, s.colour, s.price_cents, s.position, s.gtin, s.list_price_cents, s.sale_price_cents, s.sale_starts_at, s.sale_ends_at)
        returning k.product_slug as product`,
  );
  const created = await rows<{ product: string }>(
    tx,
    sql`insert into skus (sku, product_slug, label, size, colour, price_cents, position, gtin, list_price_cents, sale_price_cents, sale_starts_at, sale_ends_at)
        select s.sku, p.slug, s.label, s.size, s.colour, s.price_cents, s.position, s.gtin, s.list_price_cents, s.sale_price_cents, s.sale_starts_at, s.sale_ends_at
          from import_skus s join import_products p using (group_id)
         where not exists (select 1 from skus k where k.sku = s.sku)
         order by s.line
        returning product_slug as product`,
  );
  // A SKU the feed no longer lists under its product stays (orders and carts name it) but is
  // sold out everywhere.
  const withdrawn = full
    ? await rows<{ product: string }>(
        tx,
        sql`update stock_levels st set quantity = 0, updated_at = now()
              from skus k join import_products p on p.slug = k.product_slug
             where st.sku = k.sku and st.quantity <> 0 and not exists (select 1 from import_skus s where s.sku = k.sku)
            returning k.product_slug as product`,
      )
    : [];
  const [{ staged } = { staged: 0 }] = await rows<{ staged: number }>(tx, sql`select count(*)::int as staged from import_skus`);
  return {
    created: created.length,
    updated: updated.length,
    withdrawn: withdrawn.length,
    staged: Number(staged),
    products: [...new Set([...updated, ...created, ...withdrawn].map((r) => r.product))],
  };
}

/**
 * Online stock from the feed: its quantity when given; else out of stock, preorder and backorder
 * are 0 and "in stock" keeps a positive level as it is (orders have moved it since) or sets
 * `inStockUnits` when there was none.
 */
export async function mergeOnlineStock(tx: Tx, inStockUnits: number): Promise<{ changed: number; staged: number; products: string[] }> {
  await tx.execute(sql`insert into locations (slug, kind) values (${ONLINE_LOCATION}, 'warehouse') on conflict do nothing`);
  const changed = await rows<{ product: string }>(
    tx,
    sql`insert into stock_levels (sku, location, quantity)
        select sku, ${ONLINE_LOCATION}, wanted from (
          select s.sku, st.quantity as current,
                 coalesce(s.quantity, case when s.availability = 'in_stock' then
                   case when coalesce(st.quantity, 0) > 0 then st.quantity else ${inStockUnits}::int end else 0 end) as wanted
            from import_skus s left join stock_levels st on st.sku = s.sku and st.location = ${ONLINE_LOCATION}) w
         where current is distinct from wanted
        on conflict (sku, location) do update set quantity = excluded.quantity, updated_at = now()
        returning (select product_slug from skus k where k.sku = stock_levels.sku) as product`,
  );
  const [{ staged } = { staged: 0 }] = await rows<{ staged: number }>(tx, sql`select count(*)::int as staged from import_skus`);
  return { changed: changed.length, staged: Number(staged), products: [...new Set(changed.map((r) => r.product))] };
}

export async function retireEmptyCategories(tx: Tx): Promise<string[]> {
  const retired = await rows<{ slug: string }>(
    tx,
    sql`with recursive live(slug) as (
          select distinct category_slug from products where deleted_at is null
          union select c.parent_slug from categories c join live l on c.slug = l.slug where c.parent_slug is not null)
        update categories set retired_at = now() where retired_at is null and slug not in (select slug from live) returning slug`,
  );
  return retired.map((r) => r.slug);
}

export async function mergeStores(tx: Tx, stores: readonly StoreRow[]): Promise<{ created: number; updated: number; slugs: string[] }> {
  if (stores.length === 0) return { created: 0, updated: 0, slugs: [] };
  const records = stores.map((store) => ({ ...store, line: undefined }));
  await tx.execute(sql`
    insert into locations (slug, kind) select slug, 'store' from jsonb_to_recordset(${JSON.stringify(records)}::jsonb) as t(slug text)
    on conflict do nothing`);
  const result = await rows<{ slug: string; inserted: boolean }>(
    tx,
    sql`insert into stores (slug, name, address, postcode, city, lat, lng, phone, opening_hours)
        select slug, name, address, postcode, city, lat, lng, phone, "openingHours"
          from jsonb_to_recordset(${JSON.stringify(records)}::jsonb)
            as t(slug text, name text, address text, postcode text, city text, lat float8, lng float8, phone text, "openingHours" jsonb)
        on conflict (slug) do update set name = excluded.name, address = excluded.address, postcode = excluded.postcode, city = excluded.city,
          lat = excluded.lat, lng = excluded.lng, phone = excluded.phone, opening_hours = excluded.opening_hours
          where (stores.name, stores.address, stores.postcode, stores.city, stores.lat, stores.lng, stores.phone, stores.opening_hours)
            is distinct from (excluded.name, excluded.address, excluded.postcode, excluded.city, excluded.lat, excluded.lng, excluded.phone, excluded.opening_hours)
        returning slug, (xmax = 0) as inserted`,
  );
  return { created: result.filter((r) => r.inserted).length, updated: result.filter((r) => !r.inserted).length, slugs: result.map((r) => r.slug) };
}

/** Staged inventory rows naming a store or SKU the catalog does not have: taken out, returned for the report. */
export async function unknownInventoryRows(tx: Tx): Promise<{ line: number; sku: string; store: string; field: string }[]> {
  return rows(
    tx,
    sql`delete from import_inventory i
         where not exists (select 1 from stores s where s.slug = i.store) or not exists (select 1 from skus k where k.sku = i.sku)
        returning line, sku, store, case when not exists (select 1 from stores s where s.slug = i.store) then 'store_code' else 'id' end as field`,
  );
}

/**
 * Stock per store. A local inventory feed lists the whole stock of each store it names, so a
 * SKU it leaves out there has none left (unless the import is partial).
 */
export async function mergeStoreStock(tx: Tx, full: boolean): Promise<{ changed: number; staged: number; offers: number; products: string[] }> {
  const changed = await rows<{ product: string }>(
    tx,
    sql`insert into stock_levels (sku, location, quantity)
        select i.sku, i.store, i.quantity from import_inventory i
          left join stock_levels st on st.sku = i.sku and st.location = i.store
         where st.quantity is distinct from i.quantity
        on conflict (sku, location) do update set quantity = excluded.quantity, updated_at = now()
        returning (select product_slug from skus k where k.sku = stock_levels.sku) as product`,
  );
  const emptied = full
    ? await rows<{ product: string }>(
        tx,
        sql`update stock_levels st set quantity = 0, updated_at = now()
             where st.location in (select distinct store from import_inventory) and st.quantity <> 0
               and not exists (select 1 from import_inventory i where i.store = st.location and i.sku = st.sku)
            returning (select product_slug from skus k where k.sku = st.sku) as product`,
      )
    : [];
  const offers = await rows(
    tx,
    sql`insert into local_offers (sku, store_slug, price_cents, pickup_method, pickup_sla)
        select sku, store, price_cents, pickup_method, pickup_sla from import_inventory
        on conflict (sku, store_slug) do update set price_cents = excluded.price_cents, pickup_method = excluded.pickup_method, pickup_sla = excluded.pickup_sla
          where (local_offers.price_cents, local_offers.pickup_method, local_offers.pickup_sla)
            is distinct from (excluded.price_cents, excluded.pickup_method, excluded.pickup_sla)
        returning sku`,
  );
  const [{ staged } = { staged: 0 }] = await rows<{ staged: number }>(tx, sql`select count(*)::int as staged from import_inventory`);
  return {
    changed: changed.length + emptied.length,
    staged: Number(staged),
    offers: offers.length,
    products: [...new Set([...changed, ...emptied].map((r) => r.product))],
  };
}

/**
 * The import turns off the per-row product stamp of SKU and stock writes (migration
 * catalog_import_bulk); the products whose SKUs or stock changed get one new catalog version
 * each here, so the offline mirror's feed still carries them. catalog_version_next() takes the
 * catalog commit lock, held to the end of the import's transaction: versions stay commit-ordered.
 */
export async function stampProducts(tx: Tx, slugs: readonly string[]): Promise<void> {
  for (let start = 0; start < slugs.length; start += 10_000) {
    const batch = JSON.stringify(slugs.slice(start, start + 10_000));
    await tx.execute(sql`insert into catalog_versions (kind, slug, version)
      select 'product', slug, catalog_version_next() from (select jsonb_array_elements_text(${batch}::jsonb) as slug order by 1) s
      on conflict (kind, slug) do update set version = excluded.version`);
  }
}

/** One import at a time (two would race for the same slugs); then SKU and stock writes stop stamping products row by row. */
export async function startBulkWrite(tx: Tx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('vitrine-catalog-import'))`);
  await tx.execute(sql`select set_config('vitrine.bulk_catalog', 'on', true)`);
}
