import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import sharp from "sharp";
import { IMAGE_ASPECT, IMAGE_WIDTHS } from "../catalog/images";
import { fetchPicture, PictureFetchError } from "./picture-fetch";
import type { Reason } from "./reasons";

/**
 * Product pictures named by a feed (image_link, additional_image_link): an http(s) URL, a
 * file:// URL or a path relative to the feed. Each distinct file is read once per import,
 * checked to be a picture, cropped to the catalog's 4:5 and kept as a master the image route
 * resizes to every width and format (lib/catalog/image-store.ts, docs/import.md).
 */

export interface PictureOptions {
  /** What relative paths are relative to: the feed's folder (file://…/) or URL. */
  base: URL;
  timeoutMs: number;
  maxBytes: number;
  /** Non-public addresses pictures may come from (lib/import/picture-fetch.ts); none by default. */
  allowedNetworks: readonly string[];
}

export type PictureResult = { ok: true; id: string; master: Buffer | null } | { ok: false; reason: Reason };

const MASTER_WIDTH = Math.max(...IMAGE_WIDTHS);

export function resolvePicture(reference: string, base: URL): URL | null {
  try {
    const url = /^[a-z][a-z0-9+.-]*:/i.test(reference) ? new URL(reference) : new URL(reference, base);
    return ["http:", "https:", "file:"].includes(url.protocol) ? url : null;
  } catch {
    return null;
  }
}

/** The feed's folder as a base URL for relative picture paths. */
export const folderOf = (file: string) => pathToFileURL(file.replace(/[^/\\]*$/, ""));

async function readPicture(url: URL, options: PictureOptions): Promise<Buffer> {
  if (url.protocol === "file:") {
    const path = fileURLToPath(url);
    const { size } = await stat(path);
    if (size > options.maxBytes) throw new PictureFetchError("too_large", { max: options.maxBytes }, `larger than ${options.maxBytes} bytes`);
    return readFile(path);
  }
  return fetchPicture(url, options);
}

/**
 * Reads and fingerprints one picture; `known` says whether a master with that fingerprint is
 * already stored (a re-import then skips the encode).
 */
export async function loadPicture(reference: string, options: PictureOptions, known: (id: string) => Promise<boolean>): Promise<PictureResult> {
  const url = resolvePicture(reference, options.base);
  if (!url) return { ok: false, reason: { code: "picture_reference", values: { reference } } };
  let bytes: Buffer;
  try {
    bytes = await readPicture(url, options);
  } catch (error) {
    if (error instanceof PictureFetchError) return { ok: false, reason: { code: `picture_${error.failure}`, values: { reference, ...error.values } } };
    if ((error as { code?: string }).code === "ENOENT") return { ok: false, reason: { code: "picture_no_file", values: { reference } } };
    return { ok: false, reason: { code: "picture_network", values: { reference, detail: error instanceof Error ? error.message : String(error) } } };
  }
  const id = createHash("sha256").update(bytes).digest("hex").slice(0, 16);
  if (await known(id)) return { ok: true, id, master: null };
  try {
    const master = await sharp(bytes, { limitInputPixels: 100_000_000 })
      .rotate()
      .resize(MASTER_WIDTH, Math.round(MASTER_WIDTH * IMAGE_ASPECT), { fit: "cover", withoutEnlargement: false })
      .webp({ quality: 88 })
      .toBuffer();
    return { ok: true, id, master };
  } catch {
    return { ok: false, reason: { code: "picture_not_a_picture", values: { reference } } };
  }
}
