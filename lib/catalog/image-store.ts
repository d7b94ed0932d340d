import "server-only";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { asc, eq } from "drizzle-orm";
import { LRUCache } from "lru-cache";
import sharp from "sharp";
import { getDb } from "../db/client";
import { products, skus } from "../db/schema";
import { productImageSvg, type ProductImageFile, type ProductImageSubject } from "./images";

/**
 * Product illustrations encoded on first request, then kept in memory (an LRU with a byte
 * budget) and on disk under DATA_DIR, so each size and format is encoded once per machine.
 */

/** Most recently served images, up to a byte budget (a 480 px AVIF is a few kB). */
const memory = new LRUCache<string, Buffer>({ maxSize: 32 * 1024 * 1024, sizeCalculation: (image) => Math.max(1, image.length) });
/** Concurrent requests for one image share one encode. */
const rendering = new Map<string, Promise<Buffer | null>>();

/** No disk cache for an in-memory database (tests): nothing there is meant to outlive it. */
function diskCacheDir(): string | null {
  if (process.env.DATA_DIR === "memory") return null;
  return path.join(process.env.DATA_DIR ?? "./data", "image-cache");
}

// A run-time folder, not a source one: keep the bundler from tracing the whole project into it.
const cacheFile = (dir: string, name: string) => path.join(/*turbopackIgnore: true*/ dir, name);

async function readDiskCache(name: string): Promise<Buffer | null> {
  const dir = diskCacheDir();
  return dir ? readFile(cacheFile(dir, name)).catch(() => null) : null;
}

/** Write-then-rename, so a reader never sees half a file; a failed write only costs a re-encode. */
async function writeDiskCache(name: string, image: Buffer): Promise<void> {
  const dir = diskCacheDir();
  if (!dir) return;
  const temporary = path.join(dir, `${name}.${process.pid}.tmp`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(temporary, image);
    await rename(temporary, cacheFile(dir, name));
  } catch (error) {
    console.warn("[images] could not cache", name, error);
  }
}

/** The product behind the key, or null when no live product lists this image. */
async function findSubject({ productSlug, key }: ProductImageFile): Promise<ProductImageSubject | null> {
  const db = await getDb();
  const [product] = await db
    .select({ category: products.categorySlug, images: products.images })
    .from(products)
    .where(eq(products.slug, productSlug));
  if (!product?.images.includes(key)) return null;
  const rows = await db
    .select({ colour: skus.colour })
    .from(skus)
    .where(eq(skus.productSlug, productSlug))
    .orderBy(asc(skus.position), asc(skus.sku));
  const colours = [...new Set(rows.map((row) => row.colour).filter((colour): colour is string => Boolean(colour)))];
  return { productSlug, category: product.category, colours };
}

async function render(file: ProductImageFile): Promise<Buffer | null> {
  const subject = await findSubject(file);
  if (!subject) return null;
  const image = sharp(Buffer.from(productImageSvg(file.key, subject, file.width)));
  // AVIF effort 1 (of 9): a 960 px image in ~0.25 s instead of ~2 s at effort 4, for ~3 kB more.
  return file.format === "avif" ? image.avif({ quality: 55, effort: 1 }).toBuffer() : image.webp({ quality: 80 }).toBuffer();
}

export async function loadProductImage(name: string, file: ProductImageFile): Promise<Buffer | null> {
  const inMemory = memory.get(name);
  if (inMemory) return inMemory;
  const onDisk = await readDiskCache(name);
  if (onDisk) {
    memory.set(name, onDisk);
    return onDisk;
  }
  let pending = rendering.get(name);
  if (!pending) {
    pending = render(file)
      .then(async (image) => {
        if (image) {
          memory.set(name, image);
          await writeDiskCache(name, image);
        }
        return image;
      })
      .finally(() => rendering.delete(name));
    rendering.set(name, pending);
  }
  return pending;
}
