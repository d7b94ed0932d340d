import { sql } from "drizzle-orm";
import type { Db } from "../db/client";
import type { Tx } from "../db/seed/bulk-insert";
import { searchDocument } from "./document";

/** Rows per upsert statement (each statement carries one JSON parameter). */
const BATCH = 5000;

interface Row {
  slug: string;
  name: string;
  brand: string;
  category: string;
  parent: string | null;
  colours: string[] | null;
  other_names: string[] | null;
  other_categories: string[] | null;
  colour_labels: string[] | null;
}

/**
 * Writes the search words (lib/search/document.ts) of the given products, or of every product,
 * into `product_search`. The seed and the catalog import call it in their transaction, so a
 * product is never searchable by words it no longer has. Its translations count too (the name,
 * category names and colour labels in every language, docs/catalog-languages.md): "dress" and
 * "burgundy" match on the product's own English words.
 */
export async function indexProducts(db: Db | Tx, slugs?: readonly string[]): Promise<number> {
  if (slugs && slugs.length === 0) return 0;
  const only = slugs ? sql`where p.slug = any(${sql.param([...slugs])}::text[])` : sql``;
  const { rows } = (await db.execute(sql`
    select p.slug, p.name, p.brand, c.name as category, pc.name as parent,
      (select array_agg(distinct s.colour) filter (where s.colour is not null) from skus s where s.product_slug = p.slug) as colours,
      (select array_agg(pt.name) from product_translations pt where pt.product_slug = p.slug) as other_names,
      (select array_agg(ct.name) from category_translations ct where ct.category_slug = c.slug or ct.category_slug = pc.slug) as other_categories,
      (select array_agg(distinct t.label) from skus s join catalog_terms t on t.kind = 'colour' and t.value = s.colour where s.product_slug = p.slug) as colour_labels
    from products p
    join categories c on c.slug = p.category_slug
    left join categories pc on pc.slug = c.parent_slug
    ${only}`)) as unknown as { rows: Row[] };
  for (let start = 0; start < rows.length; start += BATCH) {
    const documents = rows.slice(start, start + BATCH).map((row) => {
      const document = searchDocument({
        name: row.name,
        brand: row.brand,
        categoryNames: [row.category, ...(row.parent ? [row.parent] : []), ...(row.other_categories ?? [])],
        colours: [...(row.colours ?? []), ...(row.colour_labels ?? [])],
        otherNames: row.other_names ?? [],
      });
      const words = document.text.split(" ");
      return { slug: row.slug, text: ` ${document.text} `, name_text: ` ${words.slice(0, document.nameWords).join(" ")} ` };
    });
    await db.execute(sql`
      insert into product_search (slug, text, name_text)
      select slug, text, name_text from jsonb_to_recordset(${JSON.stringify(documents)}::jsonb) as x(slug text, text text, name_text text)
      on conflict (slug) do update set text = excluded.text, name_text = excluded.name_text`);
  }
  return rows.length;
}

/** Indexes every product when the index is empty (a database from before search was added). */
export async function indexProductsIfMissing(db: Db): Promise<boolean> {
  const { rows } = (await db.execute(
    sql`select (exists (select 1 from products) and not exists (select 1 from product_search)) as missing`,
  )) as unknown as { rows: { missing: boolean }[] };
  if (!rows[0]?.missing) return false;
  await db.transaction((tx) => indexProducts(tx));
  return true;
}
