import { promisify } from "node:util";
import { gunzip, gzip } from "node:zlib";
import { sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { toApiProduct } from "./api-shape";
import { catalogChangesSince } from "./queries";

/** A page of the offline mirror's feed as the JSON `GET /api/catalog` answers (docs/api.md). */
export async function feedPageJson(db: Db, since: number, limit: number): Promise<string> {
  const changes = await catalogChangesSince(db, since, limit);
  return JSON.stringify({ ...changes, products: changes.products.map(toApiProduct) });
}

/**
 * The same page gzip-compressed, in base64: how the server's cache keeps it. Next's data cache
 * takes entries of at most 2 MB, counted on the entry serialized as JSON, in which a page of 1000
 * products (about 1.8 MB) would count some 2.4 MB with its quotes escaped; compressed and in
 * base64 it is about 0.19 MB.
 */
export async function feedPageGzipBase64(db: Db, since: number, limit: number): Promise<string> {
  return (await promisify(gzip)(await feedPageJson(db, since, limit))).toString("base64");
}

/** The JSON of a page kept by feedPageGzipBase64. */
export async function fromGzipBase64(value: string): Promise<string> {
  return (await promisify(gunzip)(Buffer.from(value, "base64"))).toString();
}

export interface FirstSyncPage {
  /** Which page of a first sync this is: 0 for `since=0`, 1 for the cursor it returns, and so on. */
  position: number;
  /** Changes whenever the page's answer does, and never comes back once it has changed. */
  fingerprint: string;
}

/**
 * Whether `since` is where a first sync of the mirror, reading `limit` products a page, stands
 * right now (0, or the cursor one of its pages returns: the version of the product ranked
 * `limit`, 2 × `limit`, … in version order), and what the page from there holds
 * (docs/offline.md, "Feed pages from the cache"). Every new device asks for exactly these pages,
 * so only they are worth keeping; any other cursor (a returning device's, a made-up one)
 * answers null.
 *
 * The fingerprint stands for the page's answer: every change the feed shows stamps a new
 * version, above every version already visible, on the product or category it changes
 * (docs/offline.md, "Catalog versions: commit order"), so a version value always means the same
 * content and a range of versions can only lose members or gain them above its top. The set of
 * the first `limit` + 1 product versions after `since` (what the page holds and whether there is
 * more) is therefore known by its count and its highest version, and the categories changed
 * after `since` likewise. One query, on the catalog_versions (kind, version) index.
 */
export async function firstSyncPage(db: Db, since: number, limit: number): Promise<FirstSyncPage | null> {
  const { rows } = (await db.execute(sql`
    select
      (select count(*)::int from catalog_versions where kind = 'product' and version <= ${since}) as "before",
      exists (select 1 from catalog_versions where kind = 'product' and version = ${since}) as "atProduct",
      concat_ws('.', ${since}::bigint, page.n, page.last, changed_categories.n, changed_categories.last) as "fingerprint"
    from
      (select count(*) as n, max(version) as last
         from (select version from catalog_versions where kind = 'product' and version > ${since} order by version limit ${limit + 1}) first_versions) page,
      (select count(*) as n, max(version) as last from catalog_versions where kind = 'category' and version > ${since}) changed_categories
  `)) as unknown as { rows: { before: number; atProduct: boolean; fingerprint: string }[] };
  const [row] = rows;
  if (!row) return null;
  if (since !== 0 && (!row.atProduct || row.before % limit !== 0)) return null;
  return { position: row.before / limit, fingerprint: row.fingerprint };
}
