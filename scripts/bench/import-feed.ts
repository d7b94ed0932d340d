import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { gtinCheckDigit } from "../../lib/catalog/gtin";

/**
 * A Merchant Center XML feed of `products` products with `skusPerProduct` sizes each, written
 * item by item to `file` (never held in memory). Every product shows one of a few local
 * pictures, as a real feed names one per product.
 */
export async function writeBenchFeed(file: string, products: number, skusPerProduct: number, pictures: readonly string[]): Promise<number> {
  const out = createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  const sizes = ["XS", "S", "M", "L", "XL", "XXL"].slice(0, skusPerProduct);
  const departments = ["Femme", "Homme", "Enfant", "Maison"];
  const kinds = ["Robes", "Pulls", "Chemises", "Pantalons", "Vestes", "Accessoires"];
  await write(`<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:g="http://base.google.com/ns/1.0"><channel><title>Bench</title>\n`);
  let n = 0;
  for (let p = 1; p <= products; p++) {
    const group = `B${String(p).padStart(7, "0")}`;
    const type = `${departments[p % departments.length]} &gt; ${kinds[p % kinds.length]}`;
    for (const size of sizes) {
      n++;
      const body = `300${String(n).padStart(9, "0")}`;
      await write(
        `<item><g:id>${group}-${size}</g:id><g:item_group_id>${group}</g:item_group_id><title>Article ${p} en coton bio</title>` +
          `<description>Article de banc d'essai numéro ${p}, coupe droite, coton biologique.</description>` +
          `<link>https://shop.example/p/${group}</link><g:image_link>${pictures[p % pictures.length]}</g:image_link>` +
          `<g:price>${19 + (p % 80)}.90 EUR</g:price><g:availability>${n % 10 === 0 ? "out_of_stock" : "in_stock"}</g:availability>` +
          `<g:quantity>${n % 10 === 0 ? 0 : n % 25}</g:quantity><g:brand>Marque ${p % 40}</g:brand><g:gtin>${body}${gtinCheckDigit(body)}</g:gtin>` +
          `<g:color>Bleu</g:color><g:size>${size}</g:size><g:product_type>${type}</g:product_type></item>\n`,
      );
    }
  }
  await write(`</channel></rss>\n`);
  out.end();
  await once(out, "finish");
  return n;
}
